using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using AllianceRules.Claims;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Docs;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Claims;

/// <summary>
/// The theory's data files embedded in the package (the built-in episodes, the claim and decision
/// catalogues) follow their schemas, and the package holds exactly the files the repository does.
/// The catalogues' schemas are generated from the records they are read into and checked current.
/// </summary>
public class TheoryDataTests
{
    private const string EpisodesFolder = "src/AllianceRules/Scenarios/Episodes";

    public static TheoryData<string> EpisodeFiles() =>
        new(Directory.GetFiles(RepositoryFiles.Path(EpisodesFolder), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(EpisodeFiles))]
    public void EpisodeFile_FollowsTheScenarioSchema(string file)
    {
        var episode = JsonNode.Parse(RepositoryFiles.Read($"{EpisodesFolder}/{file}"));

        Assert.Empty(SchemaCheck.Problems(SchemaCheck.Schema("docs/scenario.schema.json"), episode));
    }

    [Fact]
    public void EveryEpisodeFile_IsABuiltIn_NamedAfterItsId()
    {
        var files = Directory.GetFiles(RepositoryFiles.Path(EpisodesFolder), "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(files, HistoricalScenarios.All.Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BuiltIns_AreInChronologicalOrder_WithTheForecastLast()
    {
        Assert.Equal(
            ["1975-soviet-port-request", "1977-settlement-attempt", "1978-soviet-alliance", "1979-chinese-invasion", "1980s-soviet-aid",
             "1986-soviet-shift", "1988-johnson-south-reef", "1991-normalization", "2014-2019-maritime-coercion", "2021-harris-visit",
             "2023-blinken-visit", "2023-09-us-comprehensive-partnership", "2023-11-japan-comprehensive-partnership", "2023-12-xi-state-visit",
             "2024-03-australia-comprehensive-partnership", "2024-08-to-lam-beijing", "2024-09-paracels-fishermen", "2024-10-france-comprehensive-partnership",
             "2025-04-xi-state-visit", "future-sharp-deterioration"],
            HistoricalScenarios.All.Select(s => s.Id));
    }

    [Theory]
    [InlineData("src/AllianceRules/Claims/claims.json", "docs/claims.schema.json")]
    [InlineData("src/AllianceRules/Claims/decisions.json", "docs/decisions.schema.json")]
    public void CatalogueFile_FollowsItsSchema(string file, string schema)
    {
        Assert.Empty(SchemaCheck.Problems(SchemaCheck.Schema(schema), JsonNode.Parse(RepositoryFiles.Read(file))));
    }

    [Fact]
    public void CatalogueSchemas_RefuseAClaimWithoutText()
    {
        var claim = JsonNode.Parse("""[{ "id": "C99", "paragraphs": [1], "kind": "Rule" }]""");

        Assert.Contains(SchemaCheck.Problems(SchemaCheck.Schema("docs/claims.schema.json"), claim), p => p.StartsWith("/0: ", StringComparison.Ordinal));
    }
}
