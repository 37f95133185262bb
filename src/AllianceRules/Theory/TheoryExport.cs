using AllianceRules.Engine;
using System.Text.Json;
using AllianceRules.Backtesting;
using AllianceRules.Conclusions;
using AllianceRules.Diagnostics;
using AllianceRules.Scenarios;

namespace AllianceRules.Theory;

/// <summary>
/// Everything a rulebook concludes, with what drew each conclusion: every row of the decision
/// table and every built-in episode, and its backtest. <c>alliance-rules export-theory</c> writes
/// one as JSON; <c>alliance-rules diff --against FILE</c> compares the current rulebook with it,
/// so a pull request can be compared with the rulebook of its base.
/// </summary>
/// <param name="Rulebook">The rulebook version exported.</param>
/// <param name="Table">Every decision-table row, in table order.</param>
/// <param name="Episodes">Every built-in episode, in the order of <see cref="HistoricalScenarios.All"/>.</param>
public sealed record TheoryExport(string Rulebook, IReadOnlyList<TheoryRow> Table, IReadOnlyList<TheoryEpisode> Episodes)
{
    /// <summary>The version of the export's JSON layout that this package writes and reads.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The version of the JSON layout; a reader refuses one it does not know.</summary>
    public int Format { get; init; } = CurrentFormat;

    /// <summary>What the export is of, in a few words (a git ref, say), for the heading of a diff; null if not given.</summary>
    public string? Label { get; init; }

    /// <summary>The rulebook's backtest; null when its rule set fails on a built-in episode.</summary>
    public Scorecard? Backtest { get; init; }

    /// <summary>Exports what a rulebook concludes.</summary>
    /// <param name="assessor">The rulebook.</param>
    /// <param name="label">What the export is of, for the heading of a diff; optional.</param>
    /// <param name="progress">Told how many rows of the decision table have been assessed.</param>
    /// <param name="cancellationToken">Stops the export between assessments.</param>
    /// <returns>The export.</returns>
    public static TheoryExport Of(RulebookHost assessor, string? label = null, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Of(assessor, label, progress is null ? ProgressCounter.None : new ProgressCounter(progress, 0, DecisionTable.InputSpaceSize), cancellationToken);

    internal static TheoryExport Of(RulebookHost assessor, string? label, ProgressCounter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        var table = DecisionTable.Build(assessor, progress, cancellationToken);
        var episodes = HistoricalScenarios.All.Select(scenario =>
        {
            try
            {
                return new TheoryEpisode(scenario.Id!, TheoryConclusion.Of(assessor.AssessTraced(scenario, cancellationToken)));
            }
            catch (RulebookException ex) when (!ex.RuleOverran)
            {
                return new TheoryEpisode(scenario.Id!, []) { Error = ex.Message };
            }
        });
        return new TheoryExport(RulebookVersion.Current, [.. table.Rows.Select(row => new TheoryRow(row, row.Drawn))], [.. episodes])
        {
            Label = label,
            Backtest = ScorecardOf(assessor, cancellationToken),
        };
    }

    /// <summary>Writes the export as JSON: one line per decision-table row and per episode, the same export giving the same bytes.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        // Indenting 4,320 rows would triple the file; a line per row keeps it readable and diffable.
        using var text = new StringWriter { NewLine = "\n" };
        text.Write("{\n  \"format\": ");
        text.Write(Format);
        text.Write(",\n  \"rulebook\": ");
        text.Write(JsonSerializer.Serialize(Rulebook, TheoryJson.String));
        if (Label is not null)
        {
            text.Write(",\n  \"label\": ");
            text.Write(JsonSerializer.Serialize(Label, TheoryJson.String));
        }

        text.Write(",\n  \"table\": [");
        WriteLines(text, Table, TheoryJson.Row);
        text.Write("],\n  \"episodes\": [");
        WriteLines(text, Episodes, TheoryJson.Episode);
        text.Write("]");
        if (Backtest is not null)
        {
            text.Write(",\n  \"backtest\": ");
            text.Write(JsonSerializer.Serialize(Backtest, TheoryJson.Scorecard));
        }

        text.Write("\n}\n");
        return text.ToString();
    }

    /// <summary>Reads an export written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The export, each row's <see cref="DecisionRow.Conclusions"/> and <see cref="DecisionRow.Drawn"/> filled in.</returns>
    /// <exception cref="FormatException">The text is not an export of a format this package reads.</exception>
    public static TheoryExport Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        TheoryExport? export;
        try
        {
            using var document = JsonDocument.Parse(json);
            var format = document.RootElement.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : 0;
            if (format != CurrentFormat)
            {
                throw new FormatException($"not a theory export of format {CurrentFormat} (found format {format}); write it with `alliance-rules export-theory` of this version");
            }

            export = document.Deserialize(TheoryJson.Export);
        }
        catch (JsonException ex)
        {
            // The deserializer names the JSON path only in some of its messages: name it always.
            var at = ex.Path is { } path && !ex.Message.Contains(" Path: ", StringComparison.Ordinal) ? $"{path}: " : "";
            throw new FormatException($"not a theory export: {at}{ex.Message}", ex);
        }

        if (export is null || export.Table is null || export.Episodes is null)
        {
            throw new FormatException("not a theory export: it lacks its table or its episodes");
        }

        return export with
        {
            Table = [.. export.Table.Select(row => row with { Row = row.Row with { Conclusions = row.Row.Error is null ? TheoryConclusion.MapOf(row.Conclusions) : null, Drawn = row.Conclusions } })],
        };
    }

    private static void WriteLines<T>(StringWriter text, IReadOnlyList<T> items, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        for (var i = 0; i < items.Count; i++)
        {
            text.Write(i == 0 ? "\n    " : ",\n    ");
            text.Write(JsonSerializer.Serialize(items[i], type));
        }

        if (items.Count > 0)
        {
            text.Write("\n  ");
        }
    }

    private static Scorecard? ScorecardOf(RulebookHost assessor, CancellationToken cancellationToken)
    {
        try
        {
            return Scorecard.Build(HistoricalScenarios.All, s => assessor.AssessTraced(s, cancellationToken));
        }
        catch (RulebookException ex) when (!ex.RuleOverran)
        {
            return null;
        }
    }
}
