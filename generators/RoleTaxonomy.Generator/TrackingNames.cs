namespace RoleTaxonomy.Generator;

/// <summary>Names of the pipeline steps, so that tests can check each one is cached.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ContentFiles = nameof(ContentFiles);
    public const string BoundFiles = nameof(BoundFiles);
    public const string AllFiles = nameof(AllFiles);
    public const string Linked = nameof(Linked);
    public const string Diagnostics = nameof(Diagnostics);
    public const string Model = nameof(Model);
    public const string ModelTypes = nameof(ModelTypes);
}
