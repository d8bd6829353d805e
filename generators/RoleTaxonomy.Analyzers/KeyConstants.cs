using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RoleTaxonomy.Analyzers;

/// <summary>
/// A constant string the code passes where the generated API marks a key, with the identity whose key it should be.
/// </summary>
/// <param name="Value">The constant's operation: where to report.</param>
/// <param name="Text">The constant.</param>
/// <param name="Keys">The identity whose key is expected.</param>
/// <param name="KnownProperties">For a current key, the properties of RT1003 that its fix reads.</param>
internal readonly record struct KeyConstant(
    IOperation Value, string Text, IdentityKeys Keys, Func<IdentityKeys.Item, ImmutableDictionary<string, string?>> KnownProperties);

/// <summary>
/// Finds each constant string the code passes where the generated API marks a key (<c>Roles.TryGet("…")</c>,
/// <c>RoleIdExtensions.Parse("…")</c>, <c>RoleKey.TryParse("…")</c>) or compares with a key property
/// (<c>role.Key == "…"</c>), for the analyzers that check them: <see cref="KeyLiteralAnalyzer"/> and
/// <see cref="KnownKeyAnalyzer"/>.
/// </summary>
internal static class KeyConstants
{
    /// <summary>Calls <paramref name="check"/> for each constant, from the operations of each compilation.</summary>
    public static void Register(AnalysisContext context, Action<OperationAnalysisContext, KeyConstant> check) =>
        context.RegisterCompilationStartAction(start =>
        {
            var identities = new Identities();

            start.RegisterOperationAction(
                operation =>
                {
                    // The constant comes first: it is already computed, and most arguments are not constant strings.
                    var argument = (IArgumentOperation)operation.Operation;
                    if (Text(argument.Value) is { } text
                        && argument.Parameter is { } parameter
                        && identities.MarkedBy(parameter) is { } keys)
                    {
                        check(operation, new KeyConstant(argument.Value, text, keys, known => KnownInCall(argument, parameter, keys, known)));
                    }
                },
                OperationKind.Argument);

            start.RegisterOperationAction(
                operation =>
                {
                    var binary = (IBinaryOperation)operation.Operation;
                    if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
                    {
                        CheckComparison(operation, identities, binary.LeftOperand, binary.RightOperand, check);
                        CheckComparison(operation, identities, binary.RightOperand, binary.LeftOperand, check);
                    }
                },
                OperationKind.Binary);
        });

    private static string? Text(IOperation value) => value.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    /// <summary><c>role.Key == "…"</c>: a constant compared with a property marked as a key.</summary>
    private static void CheckComparison(
        OperationAnalysisContext context, Identities identities, IOperation property, IOperation other, Action<OperationAnalysisContext, KeyConstant> check)
    {
        if (Text(other) is { } text
            && property is IPropertyReferenceOperation reference
            && identities.MarkedBy(reference.Property) is { } keys)
        {
            check(context, new KeyConstant(other, text, keys, known => KnownInComparison(reference.Property, keys, known)));
        }
    }

    /// <summary>
    /// A known key passed to a marked parameter: when the call's only purpose is to turn the key into a value (a
    /// <c>Parse</c> that takes just the key, or a <c>Try…</c> that gives it through its one out parameter), the typed value
    /// the call gives, for the fix to write instead.
    /// </summary>
    private static ImmutableDictionary<string, string?> KnownInCall(
        IArgumentOperation argument, IParameterSymbol parameter, IdentityKeys keys, IdentityKeys.Item item)
    {
        var none = ImmutableDictionary<string, string?>.Empty;
        if (parameter.ContainingSymbol is not IMethodSymbol method || argument.Parent is not IInvocationOperation)
        {
            return none;
        }

        string shape;
        ITypeSymbol result;
        if (method.Parameters.Length == 1 && !method.ReturnsVoid && method.ReturnType.SpecialType != SpecialType.System_Boolean)
        {
            shape = KeyDescriptors.ShapeParse;
            result = method.ReturnType;
        }
        else if (method.Parameters.Length == 2 && method.ReturnType.SpecialType == SpecialType.System_Boolean
            && method.Parameters.SingleOrDefault(p => p.RefKind == RefKind.Out) is { } output && !ReferenceEquals(output, parameter))
        {
            shape = KeyDescriptors.ShapeTry;
            result = output.Type;
        }
        else
        {
            return none;
        }

        return TypedValue(result, method.ContainingType, keys, item, Qualified) is { } value
            ? none.Add(KeyDescriptors.Shape, shape)
                .Add(KeyDescriptors.TypedValue, value)
                .Add(KeyDescriptors.TypedValueShown, TypedValue(result, method.ContainingType, keys, item, Named))
            : none;
    }

    /// <summary>A known key compared with a marked property: the identity property beside it, compared with the member.</summary>
    private static ImmutableDictionary<string, string?> KnownInComparison(IPropertySymbol key, IdentityKeys keys, IdentityKeys.Item item)
    {
        var id = key.ContainingType.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(property =>
            property.IsStatic == key.IsStatic && property.Parameters.IsEmpty
            && SymbolEqualityComparer.Default.Equals(property.Type, keys.Type));
        return id is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty
                .Add(KeyDescriptors.Shape, KeyDescriptors.ShapeComparison)
                .Add(KeyDescriptors.IdProperty, id.Name)
                .Add(KeyDescriptors.TypedValue, Member(keys, item, Qualified))
                .Add(KeyDescriptors.TypedValueShown, Member(keys, item, Named));
    }

    /// <summary>
    /// The generated value of type <paramref name="result"/> for the item: the enum member itself, the catalog's property
    /// of that name beside the method (<c>Roles.AppSecEngineer</c>), the catalog's <c>Get(member)</c> (<c>Vocabularies</c>),
    /// or the type's <c>From(member)</c> (<c>RoleKey</c>).
    /// </summary>
    private static string? TypedValue(
        ITypeSymbol result, INamedTypeSymbol owner, IdentityKeys keys, IdentityKeys.Item item, Func<ITypeSymbol, string> name)
    {
        if (SymbolEqualityComparer.Default.Equals(result, keys.Type))
        {
            return Member(keys, item, name);
        }

        if (owner.GetMembers(item.Member).OfType<IPropertySymbol>().FirstOrDefault(property =>
                property.IsStatic && SymbolEqualityComparer.Default.Equals(property.Type, result)) is { } catalogItem)
        {
            return $"{name(owner)}.{catalogItem.Name}";
        }

        if (owner.GetMembers("Get").OfType<IMethodSymbol>().Any(get => IsFromIdentity(get, keys, result)))
        {
            return $"{name(owner)}.Get({Member(keys, item, name)})";
        }

        return result.GetMembers("From").OfType<IMethodSymbol>().Any(from => IsFromIdentity(from, keys, result))
            ? $"{name(result)}.From({Member(keys, item, name)})"
            : null;
    }

    /// <summary>A static method that takes the identity and gives <paramref name="result"/>: <c>Vocabularies.Get(id)</c>, <c>RoleKey.From(id)</c>.</summary>
    private static bool IsFromIdentity(IMethodSymbol method, IdentityKeys keys, ITypeSymbol result) =>
        method.IsStatic && method.Parameters.Length == 1
        && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, keys.Type)
        && SymbolEqualityComparer.Default.Equals(method.ReturnType, result);

    private static string Member(IdentityKeys keys, IdentityKeys.Item item, Func<ITypeSymbol, string> name) =>
        $"{name(keys.Type)}.{item.Member}";

    /// <summary>For the code: the fix simplifies it to what the file's usings allow.</summary>
    private static string Qualified(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    /// <summary>For the fix's title.</summary>
    private static string Named(ITypeSymbol type) => type.Name;
}
