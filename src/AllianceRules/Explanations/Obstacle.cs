using AllianceRules.Conclusions;
namespace AllianceRules.Explanations;

/// <summary>One condition that stands in the way of a conclusion (a gap in a commitment), with what was found and what would remove it.</summary>
/// <param name="Name">What stands in the way, such as <c>NoLandProtection</c>.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Because">The rules that found it and the facts they matched.</param>
/// <param name="Remedies">The smallest sets of input changes that would remove it.</param>
public sealed record Obstacle(string Name, IReadOnlyList<string> Claims, IReadOnlyList<Justification> Because, IReadOnlyList<Remedy> Remedies);
