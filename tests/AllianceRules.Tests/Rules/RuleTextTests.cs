using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Rules;

/// <summary>
/// No rule names a country (house style): a rule speaks of roles (the hedging state, the
/// neighbour, a patron), so that it reads as the article's general claim and holds for any
/// scenario's actors. The one exception is a name the spec fixes: the risk <c>ChineseSuspicion</c>.
/// </summary>
public class RuleTextTests
{
    /// <summary>The actors of the built-in scenarios and the words for them.</summary>
    private static readonly string[] CountryWords =
    [
        .. HistoricalScenarios.All.SelectMany(s => s.Powers.Select(p => p.Name!)),
        ActorProfiles.Vietnam, ActorProfiles.China,
        "Soviet", "Russia", "America", "Chinese", "Vietnamese", "Hanoi", "Beijing", "Moscow", "Washington",
    ];

    public static TheoryData<string> RuleFiles() =>
        new(Directory.EnumerateFiles(RepositoryFiles.Path("src/AllianceRules/Rules"), "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryFiles.Path("."), path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RuleFiles))]
    public void RuleSource_NamesNoCountry(string path)
    {
        var text = RepositoryFiles.Read(path).Replace("ChineseSuspicion", "", StringComparison.Ordinal);

        var named = CountryWords.Distinct().Where(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)).ToArray();

        Assert.True(named.Length == 0, $"{path} names {string.Join(", ", named)}; a rule speaks of roles, not countries");
    }
}
