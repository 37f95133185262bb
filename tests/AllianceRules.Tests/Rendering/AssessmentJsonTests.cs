using System.Text.Json;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Rendering;

/// <summary>Results are data: an assessment written as JSON reads back into the same assessment.</summary>
public class AssessmentJsonTests
{
    public static TheoryData<string> BuiltInIds() => new(HistoricalScenarios.All.Select(s => s.Id!));

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Deserialize_BuiltInAssessment_RoundTripsByteForByte(string id)
    {
        var json = AssessmentJson.Serialize(TestEngine.Assess(HistoricalScenarios.Find(id)!));

        var read = AssessmentJson.Deserialize(json);

        Assert.Equal(json, AssessmentJson.Serialize(read));
        Assert.Equal(Assessment.CurrentFormat, read.Format);
        Assert.All(read.Commitments.SelectMany(c => c.Gaps), g => Assert.False(string.IsNullOrEmpty(g.Power)));
    }

    [Fact]
    public void Serialize_NoClaimResponse_CarriesWhyTheArticleIsSilent_AndReadsBack()
    {
        // 1986: the treaty on the table is from a power in rapprochement, no candidate patron (C08).
        var assessment = TestEngine.Assess(HistoricalScenarios.Find("1986-soviet-shift")!);
        var json = AssessmentJson.Serialize(assessment);

        var response = JsonDocument.Parse(json).RootElement.GetProperty("responses")[0];
        Assert.Equal("NoClaim", response.GetProperty("decision").GetString());
        Assert.Equal("C08", response.GetProperty("silenceClaim").GetString());
        Assert.Contains("is not a candidate patron", response.GetProperty("silence").GetString(), StringComparison.Ordinal);
        Assert.Equal(assessment.Responses[0].Silence, AssessmentJson.Deserialize(json).Responses[0].Silence);
        // A decision drawn has no silence to write.
        var drawn = JsonDocument.Parse(AssessmentJson.Serialize(TestEngine.Assess(HistoricalScenarios.Find("1978-soviet-alliance")!))).RootElement.GetProperty("responses")[0];
        Assert.False(drawn.TryGetProperty("silence", out _));
    }

    [Fact]
    public void SerializeAndDeserialize_OnManyThreadsAtOnce_GiveWhatOneThreadGives()
    {
        // The writer's and reader's options are shared; each document's fact table is its thread's own.
        var assessments = HistoricalScenarios.All.Select(TestEngine.Assess).ToArray();
        var expected = assessments.Select(AssessmentJson.Serialize).ToArray();

        var written = new string[8 * assessments.Length];
        var reread = new string[written.Length];
        Parallel.For(0, written.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            written[i] = AssessmentJson.Serialize(assessments[i % assessments.Length]);
            reread[i] = AssessmentJson.Serialize(AssessmentJson.Deserialize(written[i]));
        });

        for (var i = 0; i < written.Length; i++)
        {
            Assert.Equal(expected[i % assessments.Length], written[i]);
            Assert.Equal(expected[i % assessments.Length], reread[i]);
        }
    }

    [Fact]
    public void Deserialize_SharedFacts_AreOneObject()
    {
        var read = AssessmentJson.Deserialize(AssessmentJson.Serialize(TestEngine.Assess(HistoricalScenarios.Find("1978-soviet-alliance")!)));

        var postureFacts = read.Posture.Because.SelectMany(j => j.Matched).ToArray();
        var patronOfTreaty = read.ResponseTo("Soviet Union", OfferKind.AllianceTreaty)!.Because.Single().Matched.First(m => m.Fact == "ActivePatron");

        Assert.Same(
            patronOfTreaty.Because!.Single().Matched.Single(m => m.Fact == "PostureConclusion").Because!.Single().Matched[0],
            postureFacts[0]);
    }

    [Theory]
    [InlineData("""{ "format": "alliance-rules.assessment/v1", "scenario": {}, "rulebook": "1.0.0", "posture": { "value": "Balance", "claims": [], "decisions": [], "because": [] } }""", "format")]
    [InlineData("""{ "format": "alliance-rules.assessment/v3", "scenario": {}, "rulebook": "3.0.0", "posture": { "value": "Balance", "claims": [], "decisions": [], "because": [ { "rule": "R", "claims": [], "decisions": [], "matched": ["f9"] } ] }, "facts": [] }""", "f9")]
    [InlineData("""{ "format": "alliance-rules.assessment/v3", "scenario": {}, "rulebook": "3.0.0", "posture": { "value": "Balance", "claims": [], "decisions": [], "because": [ { "rule": "R", "claims": [], "decisions": [], "matched": ["f1"] } ] }, "facts": [ { "id": "f1", "fact": "X", "text": "x", "because": [ { "rule": "R", "claims": [], "decisions": [], "matched": ["f1"] } ] } ] }""", "circular")]
    public void Deserialize_DocumentThisFormatDoesNotWrite_IsRefused(string json, string said)
    {
        var error = Assert.Throws<JsonException>(() => AssessmentJson.Deserialize(json));

        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScenarioNamingItsSchema_IsAccepted_AndKeepsIt()
    {
        var scenario = ScenarioJson.Parse("""{ "$schema": "../docs/scenario.schema.json", "relation": { "level": "Good" } }""").Value;

        Assert.Equal("../docs/scenario.schema.json", scenario.Schema);
        Assert.Contains("\"$schema\": \"../docs/scenario.schema.json\"", ScenarioJson.Serialize(scenario), StringComparison.Ordinal);
        Assert.Equal(Posture.Bandwagon, TestEngine.Assess(scenario).Posture.Value);
    }
}
