namespace AllianceRules.AspNetCore.Contracts;

/// <summary>One interpretive decision, D1, D2, … (<see cref="Claims.InterpretiveDecision"/>).</summary>
internal sealed record DecisionItem(string Id, string Title, IReadOnlyList<string> Claims, bool AddsContent, string Text);
