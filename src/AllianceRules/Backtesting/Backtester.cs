using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules.Backtesting;

/// <summary>
/// Compares an assessment with the record: the one place a prediction is held against what
/// happened (D17). Every field the record holds is compared, and each carries the rules, claims
/// and decisions behind the predicted value, so that a miss says what drew it. Where the rulebook
/// is silent (NoClaim, or no conclusion) the field is an abstention, not a miss (D10); risks are
/// scored both ways (history.md, "Changes in v3").
/// </summary>
internal static class Backtester
{
    /// <summary>The name of the posture field.</summary>
    public const string PostureField = ObservedOutcome.PostureField;

    /// <summary>What a risk field holds when the risk is drawn or recorded present.</summary>
    public const string RiskPresent = ConclusionMap.Present;

    /// <summary>What a risk field holds when the risk is not drawn, or is recorded absent.</summary>
    public const string RiskAbsent = "absent";

    /// <summary>What the rulebook predicts for an observed response when it drew no response to that offer.</summary>
    public const string NoSuchOffer = "(no such offer)";

    /// <summary>The name of the field of a response: <c>responses[From,Kind].decision</c>.</summary>
    public static string ResponseField(string from, OfferKind kind) => ObservedOutcome.ResponseField(from, kind);

    /// <summary>The name of the field of a risk: <c>risks[Risk]</c>.</summary>
    public static string RiskField(Risk risk) => ObservedOutcome.RiskField(risk);

    /// <summary>A risk status as the backtest writes it: <c>present</c> or <c>absent</c>.</summary>
    public static string Text(RiskStatus status) => status == RiskStatus.Present ? RiskPresent : RiskAbsent;

    public static Backtest Compare(ObservedOutcome observed, Assessment assessment)
    {
        var comparisons = new List<BacktestComparison>();
        if (observed.Posture is { } posture)
        {
            comparisons.Add(Compare(PostureField, [assessment.Posture], posture.ToString()));
        }

        foreach (var response in observed.Responses)
        {
            var key = ConclusionKey.Response(response.From, response.Kind);
            var drawn = assessment.Responses.Where(f => f.Key == key).Cast<IFinding>().ToList();
            var comparison = Compare(ResponseField(response.From, response.Kind), drawn, response.Decision.ToString());
            comparisons.Add(drawn.Count == 0
                ? comparison with { Predicted = NoSuchOffer, Result = FieldResult.Abstention }
                : drawn.All(f => f.Value == nameof(Decision.NoClaim)) ? comparison with { Result = FieldResult.Abstention } : comparison);
        }

        foreach (var risk in observed.Risks)
        {
            var drawn = assessment.Risks.Where(f => f.Risk == risk.Risk).Cast<IFinding>().ToList();
            var comparison = Compare(RiskField(risk.Risk), drawn, Text(risk.Status));
            var predicted = drawn.Count == 0 ? RiskAbsent : RiskPresent;
            comparisons.Add(comparison with
            {
                Predicted = predicted,
                Result = predicted == comparison.Observed ? FieldResult.Match : FieldResult.Miss,
            });
        }

        var marks = observed.PostHoc.ToDictionary(m => m.Field, StringComparer.Ordinal);
        for (var i = 0; i < comparisons.Count; i++)
        {
            if (marks.TryGetValue(comparisons[i].Field, out var mark))
            {
                comparisons[i] = comparisons[i] with { PostHoc = mark };
            }
        }

        var misses = comparisons
            .Where(c => c.Result == FieldResult.Miss)
            .Select(c => new BacktestMiss(c.Field, c.Predicted, c.Observed, c.Rules, c.Claims, c.Decisions))
            .ToArray();
        return new Backtest(misses.Length == 0 && comparisons.Any(c => c.Matches), misses)
        {
            Abstentions = [.. comparisons.Where(c => c.Result == FieldResult.Abstention).Select(c => c.Field)],
            Comparisons = comparisons,
        };
    }

    /// <summary>The predicted value of a field from the findings that drew it, matched or missed by its text.</summary>
    private static BacktestComparison Compare(string field, List<IFinding> findings, string observed)
    {
        var predicted = new List<string>(findings.Count);
        var rules = new SortedSet<string>(StringComparer.Ordinal);
        var claims = new List<string>();
        var decisions = new List<string>();
        foreach (var finding in findings)
        {
            if (!predicted.Contains(finding.Value))
            {
                predicted.Add(finding.Value);
            }

            rules.UnionWith(finding.Because.Select(j => j.Rule));
            claims.AddRange(finding.Claims);
            decisions.AddRange(finding.Decisions);
        }

        var value = predicted.Count == 0 ? ConclusionMap.Absent : string.Join(", ", predicted);
        return new BacktestComparison(field, value, observed, [.. rules], ClaimIds.OrderInPlace(claims), ClaimIds.OrderInPlace(decisions))
        {
            Result = predicted.Count == 0 ? FieldResult.Abstention : value == observed ? FieldResult.Match : FieldResult.Miss,
        };
    }
}
