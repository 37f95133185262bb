using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules.Backtesting;

/// <summary>
/// The naive predictors of <see cref="Baseline"/>, run over the recorded episodes in their order.
/// Each predicts every field the record holds, in the order the <see cref="Backtester"/> compares
/// them, so that a baseline is scored on exactly the rulebook's fields.
/// </summary>
internal sealed class Baselines
{
    /// <summary>What a baseline writes where it has nothing to go on.</summary>
    public const string Silent = "(silent)";

    private readonly Dictionary<string, string> _lastObserved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _baseRate;

    /// <param name="evidence">The records of the article's evidence, whose most common values are the base rate.</param>
    public Baselines(IEnumerable<ObservedOutcome> evidence)
    {
        _baseRate = evidence
            .SelectMany(Fields)
            .GroupBy(f => f.Family, StringComparer.Ordinal)
            .Select(family => (family.Key, Top: family
                .GroupBy(f => f.Observed, StringComparer.Ordinal)
                .Select(g => (Value: g.Key, Count: g.Count()))
                .OrderByDescending(v => v.Count)
                .ThenBy(v => v.Value, StringComparer.Ordinal)
                .Take(2)
                .ToArray()))
            .Where(f => f.Top.Length == 1 || f.Top[0].Count > f.Top[1].Count)
            .ToDictionary(f => f.Key, f => f.Top[0].Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Each baseline's call on each field of <paramref name="observed"/>, in the backtest's order;
    /// then remembers the record, for persistence in the episodes that follow.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<BaselineCall>> Predict(ObservedOutcome observed)
    {
        var fields = Fields(observed).ToArray();
        var calls = fields
            .Select(f => (IReadOnlyList<BaselineCall>)
            [
                Call(Baseline.StatusQuo, StatusQuo(f), f),
                Call(Baseline.Persistence, _lastObserved.GetValueOrDefault(f.Field), f),
                Call(Baseline.BaseRate, _baseRate.GetValueOrDefault(f.Family), f),
            ])
            .ToArray();
        foreach (var field in fields)
        {
            _lastObserved[field.Field] = field.Observed;
        }

        return calls;
    }

    private static BaselineCall Call(Baseline baseline, string? predicted, RecordedField field) =>
        predicted is null
            ? new BaselineCall(baseline, Silent, FieldResult.Abstention)
            : new BaselineCall(baseline, predicted, predicted == field.Observed ? FieldResult.Match : FieldResult.Miss);

    /// <summary>Vietnam bandwagons and rejects every alignment offer, and no risk materialises; it says nothing of material offers.</summary>
    private static string? StatusQuo(RecordedField field) => field.Offer switch
    {
        { } kind => kind.IsAlignment() ? nameof(Decision.Reject) : null,
        null when field.Field == Backtester.PostureField => nameof(Posture.Bandwagon),
        _ => Backtester.RiskAbsent,
    };

    /// <summary>The fields a record holds, in the order the backtest compares them.</summary>
    private static IEnumerable<RecordedField> Fields(ObservedOutcome observed)
    {
        if (observed.Posture is { } posture)
        {
            yield return new RecordedField(Backtester.PostureField, Backtester.PostureField, posture.ToString(), null);
        }

        foreach (var response in observed.Responses)
        {
            yield return new RecordedField(
                Backtester.ResponseField(response.From, response.Kind), $"responses[*,{response.Kind}].decision", response.Decision.ToString(), response.Kind);
        }

        foreach (var risk in observed.Risks)
        {
            var field = Backtester.RiskField(risk.Risk);
            yield return new RecordedField(field, field, Backtester.Text(risk.Status), null);
        }
    }

    /// <param name="Field">The field, as the backtest names it.</param>
    /// <param name="Family">The field with the power left out: what the base rate counts over.</param>
    /// <param name="Observed">The recorded value, in the backtest's words.</param>
    /// <param name="Offer">The offer kind, for a response.</param>
    private sealed record RecordedField(string Field, string Family, string Observed, OfferKind? Offer);
}
