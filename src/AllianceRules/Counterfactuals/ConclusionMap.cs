namespace AllianceRules.Counterfactuals;

/// <summary>
/// An assessment's conclusions as a flat map from a conclusion's key to its value, so two
/// assessments of nearby scenarios can be compared. Keys read like JSON paths:
/// <c>posture</c>, <c>responses[From,Kind]</c>, <c>needs[From,Need]</c>,
/// <c>commitments[Power]</c>, <c>commitments[Power].gaps[Gap]</c>, <c>risks[Risk]</c> or
/// <c>risks[Risk,Power]</c>, <c>outlook[Power]</c>, <c>advice[To,Advice]</c>.
/// </summary>
public static class ConclusionMap
{
    /// <summary>The value of a conclusion that was not drawn.</summary>
    public const string Absent = "(none)";

    /// <summary>The value of a conclusion that is drawn and has no other value (a need, a gap, a risk, advice).</summary>
    public const string Present = "present";

    /// <summary>Flattens an assessment's conclusions.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Every conclusion's key and value, ordered by key.</returns>
    public static IReadOnlyDictionary<string, string> Of(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["posture"] = assessment.Posture.Value.ToString(),
        };
        foreach (var group in assessment.Responses.GroupBy(r => $"responses[{r.From},{r.Kind}]"))
        {
            map[group.Key] = string.Join("/", group.Select(r => r.Decision).Distinct().Order());
        }

        foreach (var need in assessment.Needs)
        {
            map[$"needs[{need.From},{need.Need}]"] = Present;
        }

        foreach (var commitment in assessment.Commitments)
        {
            map[$"commitments[{commitment.Power}]"] = commitment.Credible ? "credible" : "not credible";
            foreach (var gap in commitment.Gaps)
            {
                map[$"commitments[{commitment.Power}].gaps[{gap.Gap}]"] = Present;
            }
        }

        foreach (var risk in assessment.Risks)
        {
            map[risk.Power is null ? $"risks[{risk.Risk}]" : $"risks[{risk.Risk},{risk.Power}]"] = Present;
        }

        foreach (var outlook in assessment.Outlook)
        {
            map[$"outlook[{outlook.Power}]"] = outlook.Alliance.ToString();
        }

        foreach (var advice in assessment.Advice)
        {
            map[$"advice[{advice.To},{advice.Advice}]"] = Present;
        }

        return map;
    }

    /// <summary>The value of one conclusion, <see cref="Absent"/> if it was not drawn.</summary>
    /// <param name="map">A conclusion map.</param>
    /// <param name="key">The conclusion's key.</param>
    /// <returns>Its value.</returns>
    public static string ValueOf(this IReadOnlyDictionary<string, string> map, string key)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.TryGetValue(key, out var value) ? value : Absent;
    }
}
