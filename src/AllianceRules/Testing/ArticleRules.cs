using AllianceRules.Engine;
using AllianceRules.Claims;
using AllianceRules.Rules;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace AllianceRules.Testing;

/// <summary>
/// The article's rules as a reader checks names against them: loaded from the assembly like an
/// assessor loads them, but not compiled, so that reading a test file costs no rulebook.
/// </summary>
internal static class ArticleRules
{
    private static readonly Lazy<IReadOnlyList<RuleDescription>> Loaded = new(() =>
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(RulebookHost).Assembly).PrivateTypes(true).Where(rule => AlternativeToAttribute.IsArticleRule(rule.RuleType)));
        return [.. repository.GetRules().Select(RuleDescription.From).OrderBy(rule => rule.Name, StringComparer.Ordinal)];
    });

    private static readonly Lazy<HashSet<string>> Names = new(() => [.. All.Select(rule => rule.Name)]);

    private static readonly Lazy<HashSet<string>> Carried = new(() => [.. All.SelectMany(rule => rule.Claims)]);

    /// <summary>Every rule of the article's rulebook, ordered by name.</summary>
    public static IReadOnlyList<RuleDescription> All => Loaded.Value;

    public static bool IsRule(string name) => Names.Value.Contains(name);

    /// <summary>Whether some rule carries the claim, so that switching it off changes the rulebook.</summary>
    public static bool CarriesClaim(string id) => Carried.Value.Contains(id);
}
