namespace AllianceRules.Conclusions;

/// <summary>
/// How the findings of one kind are laid out in reports: titles, table columns and summary. Each
/// finding type declares its own, so that the renderers loop over sections instead of knowing kinds.
/// Cells and summary items are plain text; each renderer escapes them for its medium.
/// </summary>
/// <param name="Kind">The kind of finding the section lists.</param>
/// <param name="Title">The section's title in the text report.</param>
internal sealed record ConclusionSection(ConclusionKind Kind, string Title)
{
    /// <summary>The section holds exactly one finding, written on its title line (the posture).</summary>
    public bool Single { get; init; }

    /// <summary>The title of the section's table in the Markdown report.</summary>
    public string TableTitle { get; init; } = Title;

    /// <summary>The table's leading columns; claims (and the rules, where <see cref="ListsRules"/>) follow.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The leading cells of a finding's row, one list of lines per column.</summary>
    public Func<IFinding, IReadOnlyList<string>[]> Cells { get; init; } = _ => [];

    /// <summary>Whether the table names the rules that drew each finding.</summary>
    public bool ListsRules { get; init; } = true;

    /// <summary>The label of the section's line in the report's summary, or null to leave it out.</summary>
    public string? SummaryLabel { get; init; }

    /// <summary>A finding in the summary line.</summary>
    public Func<IFinding, string> SummaryItem { get; init; } = finding => finding.Headline;

    /// <summary>What separates the findings in the summary line.</summary>
    public string SummarySeparator { get; init; } = ", ";

    /// <summary>What the summary says when there is no finding, or null to leave the line out.</summary>
    public string? SummaryWhenEmpty { get; init; }

    /// <summary>A section over findings of type <typeparamref name="T"/>, with typed cells and summary.</summary>
    public static ConclusionSection For<T>(
        ConclusionKind kind,
        string title,
        string[] columns,
        Func<T, IReadOnlyList<string>[]> cells,
        Func<T, string>? summary = null)
        where T : IFinding =>
        new(kind, title)
        {
            Columns = columns,
            Cells = finding => cells((T)finding),
            SummaryItem = summary is null ? finding => finding.Headline : finding => summary((T)finding),
        };

    /// <summary>A single cell.</summary>
    public static IReadOnlyList<string> Cell(string text) => [text];
}
