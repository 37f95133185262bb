using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>
/// The kinds of conclusion the rulebook draws, in the order an assessment lists them. Each kind
/// declares its key syntax and the values it takes; <see cref="ConclusionKey"/> reads them here.
/// </summary>
public enum ConclusionKind
{
    /// <summary>The hedging state's posture: <c>posture</c>.</summary>
    [ConclusionSyntax("posture")]
    [ConclusionValues(typeof(Posture))]
    Posture,

    /// <summary>The response to a great power's offer: <c>responses[From,Kind]</c>.</summary>
    [ConclusionSyntax("responses", "From", typeof(OfferKind))]
    [ConclusionValues(typeof(Decision))]
    Response,

    /// <summary>What the hedging state needs from a great power: <c>needs[From,Need]</c>.</summary>
    [ConclusionSyntax("needs", "From", typeof(Need))]
    [ConclusionValues(ConclusionMap.Present, ConclusionMap.Absent)]
    Need,

    /// <summary>Whether a patron's commitment is credible: <c>commitments[Power]</c>.</summary>
    [ConclusionSyntax("commitments", "Power")]
    [ConclusionValues(ConclusionMap.Credible, ConclusionMap.NotCredible, ConclusionMap.Absent)]
    Commitment,

    /// <summary>A gap in a patron's commitment: <c>commitments[Power].gaps[Gap]</c>.</summary>
    [ConclusionSyntax("commitments", "Power", "gaps", typeof(Gap))]
    [ConclusionValues(ConclusionMap.Present, ConclusionMap.Absent)]
    Gap,

    /// <summary>A risk, with the power it comes from where there is one: <c>risks[Risk]</c> or <c>risks[Risk,Power]</c>.</summary>
    [ConclusionSyntax("risks", typeof(Risk), "Power?")]
    [ConclusionValues(ConclusionMap.Present, ConclusionMap.Absent)]
    Risk,

    /// <summary>The outlook of an alliance with a great power: <c>outlook[Power]</c>.</summary>
    [ConclusionSyntax("outlook", "Power")]
    [ConclusionValues(typeof(AllianceOutlook), ConclusionMap.Absent)]
    Outlook,

    /// <summary>The article's advice to a great power: <c>advice[To,Advice]</c>.</summary>
    [ConclusionSyntax("advice", "To", typeof(Advice))]
    [ConclusionValues(ConclusionMap.Present, ConclusionMap.Absent)]
    Advice,
}
