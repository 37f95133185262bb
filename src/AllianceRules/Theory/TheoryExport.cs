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
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"not a theory export: $: must be an object, not {document.RootElement.ValueKind.ToString().ToLowerInvariant()}");
            }

            var format = document.RootElement.TryGetProperty("format", out var f) ? f : default;
            if (format.ValueKind != JsonValueKind.Number || !format.TryGetInt32(out var version) || version != CurrentFormat)
            {
                var found = format.ValueKind == JsonValueKind.Undefined ? "none" : Names.Clip(format.GetRawText());
                throw new FormatException($"not a theory export of format {CurrentFormat} (found format {found}); write it with `alliance-rules export-theory` of this version");
            }

            if (Repeated(document.RootElement, "$") is { } repeated)
            {
                throw new FormatException($"not a theory export: {repeated}: given twice in its object");
            }

            export = document.Deserialize(TheoryJson.Export);
        }
        catch (JsonException ex)
        {
            // The deserializer names the JSON path in some of its messages, a line only in others: name
            // the path always, and count lines and bytes from 1 as editors do. It does not say which
            // value it refused; the document does.
            var where = ex.Path is { } path ? $"{Names.Inert(Names.Clip(path))}: " : ex.LineNumber is { } line && ex.BytePositionInLine is { } position
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line + 1}, byte {position + 1}: ")
                : "";
            var refused = ex.Message.StartsWith(NotConverted, StringComparison.Ordinal) && ex.Path is { } at && document is not null && ValueAt(document.RootElement, at) is { } value
                ? $"{value}: "
                : "";
            throw new FormatException($"not a theory export: {where}{refused}{FirstSentence(ex.Message)}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // The parser lets an escaped lone surrogate through in a name; reading the name throws.
            throw new FormatException($"not a theory export: a property name {Serialization.JsonShapeChecker.UnpairedSurrogate}", ex);
        }
        finally
        {
            document?.Dispose();
        }

        if (export is null || export.Table is null || export.Episodes is null)
        {
            throw new FormatException("not a theory export: it lacks its table or its episodes");
        }

        if (Problems(export) is [var first, ..] problems)
        {
            throw new FormatException($"not a theory export: {first}{(problems.Count > 1 ? $" (and {problems.Count - 1} more)" : "")}");
        }

        return export with
        {
            Table = [.. export.Table.Select(row => row with { Row = row.Row with { Conclusions = row.Row.Error is null ? TheoryConclusion.MapOf(row.Conclusions) : null, Drawn = row.Conclusions } })],
        };
    }

    /// <summary>
    /// The value at a deserializer's path (<c>$.table[0].row.level</c>: the export's names are plain
    /// words, so a path is names and indexes), quoted, clipped and inert when it is text, a number or
    /// a literal; null when the path does not lead to one.
    /// </summary>
    private static string? ValueAt(JsonElement element, string path)
    {
        if (!path.StartsWith('$'))
        {
            return null;
        }

        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(path[(i + 1)..end], out element))
                {
                    return null;
                }

                i = end;
            }
            else if (path[i] == '[' && path.IndexOf(']', i) is var close and > 0
                && int.TryParse(path.AsSpan(i + 1, close - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                {
                    return null;
                }

                element = element[index];
                i = close + 1;
            }
            else
            {
                return null;
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => Names.Inert(Names.Clip(element.GetRawText())),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => Names.Clip(element.GetRawText()),
            _ => null,
        };
    }

    /// <summary>How the deserializer begins a message about a value of the wrong kind.</summary>
    private const string NotConverted = "The JSON value could not be converted";

    /// <summary>The deserializer's word without its .NET type names and its own 0-based position.</summary>
    private static string FirstSentence(string message)
    {
        foreach (var tail in new[] { " Path: ", " LineNumber: " })
        {
            if (message.IndexOf(tail, StringComparison.Ordinal) is var cut and >= 0)
            {
                message = message[..cut];
            }
        }

        return message switch
        {
            _ when message.StartsWith(NotConverted, StringComparison.Ordinal) =>
                "not a value this property takes (text where a number belongs, a number where text does, or a name that is not one of its values)",
            _ when message.StartsWith("The JSON property '", StringComparison.Ordinal) && message.Contains(" could not be mapped", StringComparison.Ordinal) =>
                "not a property of a theory export",
            _ => ScenarioJson.ParserWords(message),
        };
    }

    /// <summary>The path of the first property an object of the document gives twice (the deserializer would keep the last silently), or null.</summary>
    private static string? Repeated(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var at = ScenarioError.MemberPath(path, property.Name);
                    if (!names.Add(property.Name))
                    {
                        return at;
                    }

                    if (Repeated(property.Value, at) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Repeated(item, $"{path}[{i++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// What the deserializer lets through and a diff cannot compare: nulls where a value belongs,
    /// enum values given as numbers that name no value, and a row, episode or conclusion given twice.
    /// </summary>
    private static List<string> Problems(TheoryExport export)
    {
        var problems = new List<string>();
        var rows = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < export.Table.Count; i++)
        {
            var path = $"$.table[{i}]";
            if (export.Table[i] is not { } item || item.Row is not { } row || item.Conclusions is null)
            {
                problems.Add($"{path}{(export.Table[i] is null ? "" : export.Table[i].Row is null ? ".row" : ".conclusions")}: must not be null");
                continue;
            }

            if (row.Domains is null || row.Gaps is null || row.Risks is null)
            {
                problems.Add($"{path}.row: its lists must not be null");
                continue;
            }

            if (Undefined(row) is { } field)
            {
                problems.Add($"{path}.row.{field}: is not one of its values");
            }
            else if (!rows.Add(row.InputKey))
            {
                problems.Add($"{path}.row: the inputs of an earlier row, given twice");
            }

            Conclusions(item.Conclusions, $"{path}.conclusions", problems);
        }

        var episodes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < export.Episodes.Count; i++)
        {
            var path = $"$.episodes[{i}]";
            if (export.Episodes[i] is not { Scenario: { } id, Conclusions: { } conclusions })
            {
                problems.Add($"{path}{(export.Episodes[i] is null ? "" : export.Episodes[i].Scenario is null ? ".scenario" : ".conclusions")}: must not be null");
                continue;
            }

            if (!episodes.Add(id))
            {
                problems.Add($"{path}.scenario: {Names.Quote(id)} is given twice");
            }

            Conclusions(conclusions, $"{path}.conclusions", problems);
        }

        if (export.Backtest is null && !export.Episodes.Any(e => e?.Error is not null))
        {
            problems.Add("$.backtest: is missing, though no episode failed (an export goes without its backtest only when a rule set failed on an episode)");
        }

        return problems;
    }

    private static void Conclusions(IReadOnlyList<TheoryConclusion> conclusions, string path, List<string> problems)
    {
        var keys = new HashSet<ConclusionKey>();
        for (var i = 0; i < conclusions.Count; i++)
        {
            if (conclusions[i] is not { Key: { } key, Value: not null, Rules: not null, Claims: not null, Decisions: not null })
            {
                problems.Add($"{path}[{i}]: must be an object with key, value, rules, claims and decisions, none null");
            }
            else if (!keys.Add(key))
            {
                problems.Add($"{path}[{i}].key: {Names.Quote(key.ToString())} is given twice");
            }
        }
    }

    /// <summary>The first of a row's enum values that names no value (a number the deserializer let through), or null.</summary>
    private static string? Undefined(DecisionRow row) =>
        !Enum.IsDefined(row.Level) ? "level"
        : !Enum.IsDefined(row.Stance) ? "stance"
        : !Enum.IsDefined(row.Resolve) ? "resolve"
        : !Enum.IsDefined(row.Offer) ? "offer"
        : row.Domains.Any(d => !Enum.IsDefined(d)) ? "domains"
        : row.Posture is { } posture && !Enum.IsDefined(posture) ? "posture"
        : row.Response is { } response && !Enum.IsDefined(response) ? "response"
        : row.Outlook is { } outlook && !Enum.IsDefined(outlook) ? "outlook"
        : row.Gaps.Any(g => !Enum.IsDefined(g)) ? "gaps"
        : row.Risks.Any(r => !Enum.IsDefined(r)) ? "risks"
        : null;

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
