using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RoleTaxonomy.Analyzers;

/// <summary>
/// Checks how the code turns identities into text and numbers into identities: an identity enum formatted by its
/// member name (interpolation, concatenation, <c>ToString()</c>, a composite format or logging message-template
/// argument, a <c>[LoggerMessage]</c> parameter) is RT1004; an integer cast to one is RT1005.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IdentityValueAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(KeyDescriptors.FormattedByName, KeyDescriptors.NumberCast);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var identities = new Identities();
            var loggerMessage = start.Compilation.GetTypeByMetadataName("Microsoft.Extensions.Logging.LoggerMessageAttribute");

            start.RegisterOperationAction(
                operation =>
                {
                    var interpolation = (IInterpolationOperation)operation.Operation;
                    ReportFormatted(operation, identities, interpolation.Expression);
                },
                OperationKind.Interpolation);

            start.RegisterOperationAction(
                operation =>
                {
                    var binary = (IBinaryOperation)operation.Operation;
                    if (binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String)
                    {
                        ReportFormatted(operation, identities, binary.LeftOperand);
                        ReportFormatted(operation, identities, binary.RightOperand);
                    }
                },
                OperationKind.Binary);

            start.RegisterOperationAction(
                operation => AnalyzeInvocation(operation, identities),
                OperationKind.Invocation);

            start.RegisterOperationAction(
                operation =>
                {
                    var conversion = (IConversionOperation)operation.Operation;
                    if (!conversion.IsImplicit && conversion.Operand.Type is { } from && IsInteger(from)
                        && identities.Of(conversion.Type) is { } keys)
                    {
                        operation.ReportDiagnostic(Diagnostic.Create(KeyDescriptors.NumberCast, conversion.Syntax.GetLocation(), keys.Kind));
                    }
                },
                OperationKind.Conversion);

            if (loggerMessage is not null)
            {
                start.RegisterSymbolAction(
                    symbol =>
                    {
                        var method = (IMethodSymbol)symbol.Symbol;
                        if (!method.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, loggerMessage)))
                        {
                            return;
                        }

                        foreach (var parameter in method.Parameters)
                        {
                            if (identities.Of(parameter.Type) is { } keys && parameter.Locations.FirstOrDefault() is { } location)
                            {
                                symbol.ReportDiagnostic(Diagnostic.Create(KeyDescriptors.FormattedByName, location, keys.Kind));
                            }
                        }
                    },
                    SymbolKind.Method);
            }
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, Identities identities)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name == nameof(ToString) && invocation.Instance is { } instance
            && identities.Of(WithoutConversions(instance).Type) is { } keys)
        {
            // ToString("D") writes the number, no better than the name: both are reported, only the plain call is fixed.
            context.ReportDiagnostic(Diagnostic.Create(
                KeyDescriptors.FormattedByName,
                invocation.Syntax.GetLocation(),
                invocation.Arguments.IsEmpty ? FixProperties(keys) : ImmutableDictionary<string, string?>.Empty,
                keys.Kind));
            return;
        }

        if (!IsFormatting(method))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { IsParams: true })
            {
                // params object[] is an array creation; a params span (string.Format on .NET 9 and later) a collection.
                var elements = argument.Value is IArrayCreationOperation { Initializer: { } initializer }
                    ? initializer.ElementValues
                    : argument.Value.ChildOperations.ToImmutableArray();
                foreach (var element in elements)
                {
                    ReportFormatted(context, identities, element);
                }
            }
            else if (argument.Parameter?.Type.SpecialType == SpecialType.System_Object)
            {
                ReportFormatted(context, identities, argument.Value);
            }
        }
    }

    /// <summary>
    /// Methods that format their object arguments into a composite format or a message template: those with a string
    /// parameter named <c>format</c> or <c>message</c> (<c>string.Format</c>, <c>Console.WriteLine</c>,
    /// <c>StringBuilder.AppendFormat</c>, Microsoft.Extensions.Logging's <c>LogInformation</c> and its siblings).
    /// </summary>
    private static bool IsFormatting(IMethodSymbol method) =>
        method.Parameters.Any(parameter =>
            parameter.Type.SpecialType == SpecialType.System_String && parameter.Name is "format" or "message");

    private static void ReportFormatted(OperationAnalysisContext context, Identities identities, IOperation value)
    {
        var formatted = WithoutConversions(value);
        if (identities.Of(formatted.Type) is { } keys)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                KeyDescriptors.FormattedByName, formatted.Syntax.GetLocation(), FixProperties(keys), keys.Kind));
        }
    }

    private static ImmutableDictionary<string, string?> FixProperties(IdentityKeys keys) =>
        keys.HasToKey
            ? ImmutableDictionary<string, string?>.Empty.Add(KeyDescriptors.ToKeyNamespace, keys.Type.ContainingNamespace.ToDisplayString())
            : ImmutableDictionary<string, string?>.Empty;

    /// <summary>The value under the implicit conversions the compiler adds (boxing to object, to <c>System.Enum</c>).</summary>
    private static IOperation WithoutConversions(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    private static bool IsInteger(ITypeSymbol type) => type.SpecialType is
        SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
        or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;
}
