using AllianceRules.Facts;

namespace AllianceRules.Engine;

/// <summary>Words for any fact in working memory: the fact's own, or its <see cref="object.ToString"/> for an amendment's fact that has none.</summary>
internal static class FactText
{
    public static string Describe(object fact) =>
        fact is IDescribedFact described ? described.Describe() : fact.ToString() ?? fact.GetType().Name;
}
