#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

// netstandard2.0 predates the nullable attributes; the generated TryGet methods use this one when it exists.
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class NotNullWhenAttribute : Attribute
{
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    public bool ReturnValue { get; }
}
#endif
