namespace AllianceRules.Claims;

/// <summary>
/// One of the project's interpretive decisions: a reading of the article, or a choice the article
/// and the spec leave open, recorded with the claims it rests on.
/// </summary>
/// <param name="Id">The decision's ID, such as <c>D11</c>.</param>
/// <param name="Title">What was decided, in a line.</param>
/// <param name="Claims">The claims it rests on.</param>
/// <param name="AddsContent">
/// Whether the decision makes the rulebook conclude more than the article states (an inference,
/// an operationalisation such as the aid benchmark, a fact from outside). Such a decision is cited
/// by the rules that rely on it, and the conclusions they draw are marked inferred.
/// </param>
/// <param name="Text">The decision and why.</param>
public sealed record InterpretiveDecision(string Id, string Title, IReadOnlyList<string> Claims, bool AddsContent, string Text)
{
    /// <summary>
    /// What the rulebook concludes if a reader rejects this decision, for every decision that adds
    /// content (rulebook v3, "Weighing the readings"); null for a decision that adds none.
    /// </summary>
    public DecisionAlternative? Alternative { get; init; }
}

/// <summary>
/// The alternative reading of a decision that adds content: the rules that replace the reading,
/// shipped with the library as an amendment (<c>AllianceRules.Weighing.AlternativeReadings</c>).
/// </summary>
/// <param name="Amendment">The ID of the amendment that implements the reading, such as <c>D13-alternative</c>.</param>
/// <param name="Text">The alternative reading, in a line.</param>
public sealed record DecisionAlternative(string Amendment, string Text)
{
    /// <summary>
    /// Why the alternative moves no conclusion of the decision table or the built-in episodes,
    /// where it moves none (then the decision adds nothing those scenarios can see); null otherwise.
    /// </summary>
    public string? MovesNothing { get; init; }
}
