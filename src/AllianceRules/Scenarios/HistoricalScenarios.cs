using System.Globalization;

namespace AllianceRules.Scenarios;

/// <summary>
/// The built-in episodes in chronological order, each with what was observed so that the
/// rulebook can be backtested against the record: the episodes the article argues from, then
/// those after the article (<see cref="IsAfterTheArticle"/>), then the article's hypothetical
/// forecast. Inputs follow the article's account; where other sources differ, the notes say so.
/// The record is kept as it was, also where the rulebook predicts otherwise: a miss is a finding.
/// Each episode is a scenario file, <c>Scenarios/Episodes/&lt;id&gt;.json</c>, in the format users
/// write, embedded in the package and read by the same reader as theirs; adding one touches no code.
/// </summary>
public static class HistoricalScenarios
{
    private const string ResourcePrefix = "AllianceRules.Episodes.";

    /// <summary>
    /// The latest event the article reports: the Secretary of State's visit to Hanoi of
    /// 15 April 2023 (paragraph 1). The article was written after it.
    /// </summary>
    public static DateOnly ArticleLatestEvent { get; } = new(2023, 4, 15);

    /// <summary>Every built-in episode, oldest first, with the hypothetical forecast last.</summary>
    public static IReadOnlyList<Scenario> All { get; } = Load();

    /// <summary>
    /// Whether a scenario took place after the article was written: its date begins after
    /// <see cref="ArticleLatestEvent"/>. The two sets are backtested apart. The episodes before
    /// are the article's own evidence: the theory was drawn from them, so matching them is a fit,
    /// not a test. The episodes after are the article's out-of-sample test: the theory could not
    /// have seen them.
    /// </summary>
    /// <param name="scenario">Any scenario; its <see cref="Scenario.Date"/> is read.</param>
    /// <returns>
    /// <see langword="true"/> when the date (<c>yyyy-MM-dd</c>, <c>yyyy</c>, or a range starting
    /// with either) starts after <see cref="ArticleLatestEvent"/>; <see langword="false"/> for an
    /// earlier date, and for a scenario with no date or a date that is not one (<c>hypothetical</c>).
    /// </returns>
    public static bool IsAfterTheArticle(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return IsDateAfterTheArticle(scenario.Date);
    }

    /// <summary>Whether a scenario dated <paramref name="date"/> is after the article, as <see cref="IsAfterTheArticle(Scenario)"/>.</summary>
    internal static bool IsDateAfterTheArticle(string? date) => Start(date) is { } start && start > ArticleLatestEvent;

    /// <summary>Finds a built-in episode by its ID.</summary>
    /// <param name="id">The scenario ID, for example <c>1978-soviet-alliance</c>.</param>
    /// <returns>The scenario, or <see langword="null"/> when there is none with that ID.</returns>
    public static Scenario? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
    }

    /// <summary>The built-in IDs that a partial or mistyped ID most likely means, for a did-you-mean.</summary>
    /// <param name="id">An ID that <see cref="Find"/> did not find, such as <c>1978</c> or <c>1978-soviet-aliance</c>.</param>
    /// <returns>
    /// The IDs that contain <paramref name="id"/> (ignoring case), in the order of <see cref="All"/>;
    /// when none does, the one closest by edit distance if it is close; else none.
    /// </returns>
    public static IReadOnlyList<string> Suggest(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var ids = All.Select(s => s.Id!).ToList();
        if (id.Trim().Length > 0 && ids.Where(known => known.Contains(id.Trim(), StringComparison.OrdinalIgnoreCase)).ToList() is { Count: > 0 } containing)
        {
            return containing;
        }

        return Names.Closest(id, ids) is { } closest ? [closest] : [];
    }

    /// <summary>
    /// Reads every embedded episode file and orders them by the first day their dates cover,
    /// undated ones (the forecast) last, then by ID, so the order follows the record and not the
    /// file names (<c>2023-09-…</c> sorts before <c>2023-blinken-…</c> by name).
    /// </summary>
    private static Scenario[] Load()
    {
        var assembly = typeof(HistoricalScenarios).Assembly;
        var episodes = new List<Scenario>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            Scenario episode;
            try
            {
                episode = ScenarioJson.Read(stream).Value;
            }
            catch (ScenarioValidationException ex)
            {
                // The files are ours: a broken one is a packaging fault, and the tests read every one first.
                throw new InvalidOperationException($"The built-in episode '{resource}' is not a valid scenario: {ex.Message}", ex);
            }

            var expectedId = resource[ResourcePrefix.Length..^".json".Length];
            if (!string.Equals(episode.Id, expectedId, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The built-in episode '{resource}' has the id '{episode.Id}'; a file is named after its episode's id.");
            }

            episodes.Add(episode);
        }

        return [.. episodes
            .OrderBy(e => Start(e.Date) is { } start ? start.DayNumber : int.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>The first day a record's date covers: <c>1975</c> is 1 January 1975, <c>2014–2019</c> 1 January 2014.</summary>
    private static DateOnly? Start(string? date)
    {
        if (date is null || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (date.Length >= 10 && DateOnly.TryParseExact(date.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return new DateOnly(year, 1, 1);
    }
}
