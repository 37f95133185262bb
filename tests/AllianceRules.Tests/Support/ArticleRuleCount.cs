using System.Globalization;
using AllianceRules.Testing;

namespace AllianceRules.Tests.Support;

/// <summary>The number of the article's rules, for messages that state it: the tests do not restate the count, so that adding a rule moves no test.</summary>
internal static class ArticleRuleCount
{
    /// <summary><paramref name="message"/> with <c>{rules}</c> replaced by the number of the article's rules.</summary>
    public static string Into(string message) =>
        message.Replace("{rules}", ArticleRules.All.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
