namespace AllianceRules.AspNetCore.Contracts;

/// <summary>One compiled rule (<see cref="Claims.RuleDescription"/>).</summary>
internal sealed record RuleItem(string Name, string Section, string Description, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions);
