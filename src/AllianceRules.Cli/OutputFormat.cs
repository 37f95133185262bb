namespace AllianceRules.Cli;

/// <summary>How <c>assess</c> prints an assessment.</summary>
internal enum OutputFormat
{
    /// <summary>An indented tree for a console.</summary>
    Text,

    /// <summary>The assessment JSON contract.</summary>
    Json,

    /// <summary>A Markdown report with tables and a Mermaid flowchart.</summary>
    Md,

    /// <summary>Comma-separated values (the decision table).</summary>
    Csv,
}
