using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RoleTaxonomy.Generator.Diagnostics;

namespace RoleTaxonomy.Analyzers;

/// <summary>
/// Checks each constant string the code passes where the generated API marks a key (<c>Roles.TryGet("…")</c>,
/// <c>RoleIdExtensions.Parse("…")</c>, <c>RoleKey.TryParse("…")</c>) or compares with a key property
/// (<c>role.Key == "…"</c>): a text that is no key is RT1001, a deprecated item's key RT1002.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KeyLiteralAnalyzer : DiagnosticAnalyzer
{
    private const string MarkerName = "TaxonomyKeyAttribute";
    private const string GeneratorName = "RoleTaxonomy.Generator";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KeyDescriptors.NotAKey, KeyDescriptors.DeprecatedKey);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            // Each identity's keys are read once per compilation, from its enum's members.
            var identities = new ConcurrentDictionary<ITypeSymbol, IdentityKeys?>(SymbolEqualityComparer.Default);
            IdentityKeys? KeysOf(ISymbol marked) =>
                MarkedIdentity(marked) is { } identity ? identities.GetOrAdd(identity, IdentityKeys.Read) : null;

            start.RegisterOperationAction(
                operation =>
                {
                    var argument = (IArgumentOperation)operation.Operation;
                    if (argument.Parameter is { } parameter && KeysOf(parameter) is { } keys)
                    {
                        Check(operation, argument.Value, keys);
                    }
                },
                OperationKind.Argument);

            start.RegisterOperationAction(
                operation =>
                {
                    var binary = (IBinaryOperation)operation.Operation;
                    if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
                    {
                        return;
                    }

                    foreach (var (property, other) in new[] { (binary.LeftOperand, binary.RightOperand), (binary.RightOperand, binary.LeftOperand) })
                    {
                        if (property is IPropertyReferenceOperation reference && KeysOf(reference.Property) is { } keys)
                        {
                            Check(operation, other, keys);
                        }
                    }
                },
                OperationKind.Binary);
        });
    }

    private static void Check(OperationAnalysisContext context, IOperation value, IdentityKeys keys)
    {
        if (value.ConstantValue is not { HasValue: true, Value: string text })
        {
            return;
        }

        if (!keys.Deprecations.TryGetValue(text, out var deprecation))
        {
            var nearest = Suggestions.Nearest(text, keys.InOrder);
            var hint = nearest is not null
                ? $"; did you mean '{nearest}'?"
                : $"; the keys are {string.Join(", ", keys.InOrder.Take(8).Select(key => $"'{key}'"))}{(keys.InOrder.Count > 8 ? ", …" : string.Empty)}";
            var properties = nearest is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(KeyDescriptors.NearestKey, nearest);
            context.ReportDiagnostic(Diagnostic.Create(KeyDescriptors.NotAKey, value.Syntax.GetLocation(), properties, text, keys.Kind, hint));
            return;
        }

        if (deprecation is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(KeyDescriptors.DeprecatedKey, value.Syntax.GetLocation(), text, keys.Kind, deprecation));
        }
    }

    /// <summary>The identity enum a parameter or property is marked with, by the attribute the generator writes.</summary>
    private static ITypeSymbol? MarkedIdentity(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (IsMarker(attribute.AttributeClass)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is ITypeSymbol { TypeKind: TypeKind.Enum } identity)
            {
                return identity;
            }
        }

        return null;
    }

    /// <summary>True for the generated <c>TaxonomyKeyAttribute</c> of any taxonomy: by its name and its [GeneratedCode].</summary>
    internal static bool IsMarker(INamedTypeSymbol? type) =>
        type is { Name: MarkerName }
        && type.GetAttributes().Any(attribute =>
            attribute.AttributeClass is { Name: "GeneratedCodeAttribute" }
            && attribute.ConstructorArguments.Length > 0
            && attribute.ConstructorArguments[0].Value is GeneratorName);

    /// <summary>An identity's keys, read from its enum's members' markers, with their deprecations.</summary>
    private sealed class IdentityKeys
    {
        private IdentityKeys(string kind, IReadOnlyList<string> inOrder, IReadOnlyDictionary<string, string?> deprecations)
        {
            Kind = kind;
            InOrder = inOrder;
            Deprecations = deprecations;
        }

        public string Kind { get; }

        public IReadOnlyList<string> InOrder { get; }

        /// <summary>Every key, with its item's deprecation message; null while the item is current.</summary>
        public IReadOnlyDictionary<string, string?> Deprecations { get; }

        public static IdentityKeys? Read(ITypeSymbol identity)
        {
            var inOrder = new List<string>();
            var deprecations = new Dictionary<string, string?>(System.StringComparer.Ordinal);
            foreach (var field in identity.GetMembers().OfType<IFieldSymbol>())
            {
                string? key = null;
                string? deprecation = null;
                foreach (var attribute in field.GetAttributes())
                {
                    if (IsMarker(attribute.AttributeClass) && attribute.ConstructorArguments.Length == 1
                        && attribute.ConstructorArguments[0].Value is string text)
                    {
                        key = text;
                    }
                    else if (attribute.AttributeClass is { Name: "ObsoleteAttribute" })
                    {
                        deprecation = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
                        deprecation ??= "it is deprecated.";
                    }
                }

                if (key is not null)
                {
                    inOrder.Add(key);
                    deprecations[key] = deprecation;
                }
            }

            return deprecations.Count == 0 ? null : new IdentityKeys(identity.Name, inOrder, deprecations);
        }
    }
}
