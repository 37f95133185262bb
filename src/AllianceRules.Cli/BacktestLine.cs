using AllianceRules.Scenarios;
namespace AllianceRules.Cli;

/// <summary>Puts one episode's prediction beside its record: each observed field, predicted value first.</summary>
internal static class BacktestLine
{
    public static string Describe(ObservedOutcome observed, Assessment assessment)
    {
        var parts = new List<string>();
        if (observed.Posture is { } posture)
        {
            parts.Add(Compare("posture", assessment.Posture.Value.ToString(), posture.ToString()));
        }

        foreach (var response in observed.Responses)
        {
            var predicted = assessment.Responses
                .Where(r => r.From == response.From && r.Kind == response.Kind)
                .Select(r => r.Decision.ToString())
                .Distinct();
            parts.Add(Compare($"{response.From} {response.Kind}", string.Join("/", predicted), response.Decision.ToString()));
        }

        foreach (var risk in observed.Risks)
        {
            var predicted = assessment.Risks.Any(r => r.Risk == risk);
            parts.Add(predicted ? $"risk {risk} = predicted" : $"risk {risk} != not predicted");
        }

        return string.Join("; ", parts);
    }

    private static string Compare(string field, string predicted, string observed) =>
        predicted == observed ? $"{field} {predicted} = {observed}" : $"{field} {predicted} != {observed}";
}
