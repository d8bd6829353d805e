namespace RoleTaxonomy.Generator.Parsing;

/// <summary>
/// Bounds on what the reader accepts, so that hostile input costs little and cannot overflow the stack.
/// </summary>
internal sealed record YamlLimits(int MaxFileLength, int MaxDepth, int MaxAliases, long MaxExpandedNodes, int MaxScalarLength)
{
    /// <summary>Generous for hand-written taxonomy content, far below what harms a compiler.</summary>
    public static YamlLimits Default { get; } = new(
        MaxFileLength: 1024 * 1024,
        MaxDepth: 64,
        MaxAliases: 100,
        MaxExpandedNodes: 100_000,
        MaxScalarLength: 64 * 1024);
}
