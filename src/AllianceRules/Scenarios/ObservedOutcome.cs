using AllianceRules.Facts;

namespace AllianceRules.Scenarios;

/// <summary>What the hedging state was observed to do in a historical episode.</summary>
public sealed record ObservedOutcome
{
    /// <summary>The name of the record's posture field, as the backtest and post-hoc marks write it.</summary>
    internal const string PostureField = "posture";

    /// <summary>The name of the field of a response: <c>responses[From,Kind].decision</c>, the name spelled as a conclusion key spells it.</summary>
    internal static string ResponseField(string from, OfferKind kind) => $"responses[{Names.EscapeKeyPart(from)},{kind}].decision";

    /// <summary>The name of the field of a risk: <c>risks[Risk]</c>.</summary>
    internal static string RiskField(Risk risk) => $"risks[{risk}]";

    private readonly IReadOnlyList<ObservedResponse> _responses = [];
    private readonly IReadOnlyList<ObservedRisk> _risks = [];
    private readonly IReadOnlyList<PostHocMark> _postHoc = [];

    /// <summary>The posture it took, where the record shows one.</summary>
    public Posture? Posture { get; init; }

    /// <summary>How it answered offers, where the record shows it.</summary>
    public IReadOnlyList<ObservedResponse> Responses { get => _responses; init => _responses = value ?? []; }

    /// <summary>
    /// Risks the record speaks of, each <see cref="RiskStatus.Present"/> or <see cref="RiskStatus.Absent"/>
    /// (absent only on evidence); a risk not listed is not compared. One entry per risk.
    /// </summary>
    public IReadOnlyList<ObservedRisk> Risks { get => _risks; init => _risks = value ?? []; }

    /// <summary>Fields of this record whose match is post hoc: it follows a rule change made after the miss was seen.</summary>
    public IReadOnlyList<PostHocMark> PostHoc { get => _postHoc; init => _postHoc = value ?? []; }
}
