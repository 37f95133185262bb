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
public sealed record InterpretiveDecision(string Id, string Title, IReadOnlyList<string> Claims, bool AddsContent, string Text);
