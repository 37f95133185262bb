namespace AllianceRules.Conclusions;

/// <summary>
/// The kinds of conclusion the rulebook draws, in the order an assessment lists them: the one list
/// of kinds. Each kind names its finding type, whose descriptor (<see cref="ConclusionDescriptor"/>)
/// declares the kind's key syntax, values, section and JSON.
/// </summary>
public enum ConclusionKind
{
    /// <summary>The hedging state's posture: <c>posture</c>.</summary>
    [ConclusionFinding(typeof(PostureFinding))]
    Posture,

    /// <summary>The response to a great power's offer: <c>responses[From,Kind]</c>.</summary>
    [ConclusionFinding(typeof(ResponseFinding))]
    Response,

    /// <summary>What the hedging state needs from a great power: <c>needs[From,Need]</c>.</summary>
    [ConclusionFinding(typeof(NeedFinding))]
    Need,

    /// <summary>Whether a patron's commitment is credible: <c>commitments[Power]</c>.</summary>
    [ConclusionFinding(typeof(CommitmentFinding))]
    Commitment,

    /// <summary>A gap in a patron's commitment: <c>commitments[Power].gaps[Gap]</c>.</summary>
    [ConclusionFinding(typeof(GapFinding))]
    Gap,

    /// <summary>A risk, with the power it comes from where there is one: <c>risks[Risk]</c> or <c>risks[Risk,Power]</c>.</summary>
    [ConclusionFinding(typeof(RiskFinding))]
    Risk,

    /// <summary>The outlook of an alliance with a great power: <c>outlook[Power]</c>.</summary>
    [ConclusionFinding(typeof(OutlookFinding))]
    Outlook,

    /// <summary>The article's advice to a great power: <c>advice[To,Advice]</c>.</summary>
    [ConclusionFinding(typeof(AdviceFinding))]
    Advice,
}
