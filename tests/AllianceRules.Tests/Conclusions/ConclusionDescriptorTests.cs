using System.Text.Json.Nodes;
using AllianceRules.Conclusions;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Conclusions;

/// <summary>
/// The descriptors are the one list of kinds: what they say of the JSON (where a kind's findings
/// sit, which properties hold a key's subject and its value) must be what the assessment JSON is,
/// since the web API serves it and the explorer page builds keys and values from it alone.
/// </summary>
public class ConclusionDescriptorTests
{
    public static TheoryData<string> BuiltInIds() => new(HistoricalScenarios.All.Select(s => s.Id!));

    [Fact]
    public void Descriptors_FollowTheKinds_AndSayTheirKeys()
    {
        // The one place a test may list the kinds: what each descriptor derives from its finding.
        Assert.Equal(Enum.GetValues<ConclusionKind>(), ConclusionDescriptor.All.Select(d => d.Kind));
        Assert.Equal(
            ["posture", "responses[From,Kind]", "needs[From,Need]", "commitments[Power]", "commitments[Power].gaps[Gap]", "risks[Risk,Power?]", "outlook[Power]", "advice[To,Advice]"],
            ConclusionDescriptor.All.Select(d => d.KeySyntax));
        Assert.Equal(["posture", "responses", "needs", "commitments", "gaps", "risks", "outlook", "advice"], ConclusionDescriptor.All.Select(d => d.JsonName));
        Assert.Equal([null, null, null, null, ConclusionKind.Commitment, null, null, null], ConclusionDescriptor.All.Select(d => d.Within));
        Assert.Equal(["value", "decision", null, "credible", null, null, "alliance", null], ConclusionDescriptor.All.Select(d => d.ValueProperty));
        Assert.Equal([ConclusionKind.Posture, ConclusionKind.Response], ConclusionDescriptor.All.Where(d => d.Verdict).Select(d => d.Kind));
        Assert.Equal([ConclusionKind.Posture], ConclusionDescriptor.All.Where(d => d.HoldsOne).Select(d => d.Kind));
    }

    [Fact]
    public void Sections_AreTheDescriptors_ThatHaveOne() =>
        Assert.Equal(
            ConclusionDescriptor.All.Where(d => d.Title is not null).Select(d => d.Kind),
            Assessment.Sections.Select(s => s.Kind));

    [Fact]
    public void ValuesOf_IsTheDescriptors() =>
        Assert.All(ConclusionDescriptor.All, d => Assert.Equal(d.Values, ConclusionKey.ValuesOf(d.Kind)));

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void FromTheJsonAlone_EveryFindingsKeyAndValue_ReadAsTheDescriptorsSay(string id)
    {
        var assessment = TestEngine.Assess(HistoricalScenarios.Find(id)!);
        var json = JsonNode.Parse(AssessmentJson.Serialize(assessment))!.AsObject();

        var read = new List<(ConclusionKey Key, string Value)>();
        foreach (var descriptor in ConclusionDescriptor.All.Where(d => d.Within is null))
        {
            var node = json[descriptor.JsonName]!;
            foreach (var item in node is JsonArray items ? items.Select(i => i!.AsObject()) : [node.AsObject()])
            {
                read.Add(Read(descriptor, item));
                foreach (var nested in ConclusionDescriptor.All.Where(d => d.Within == descriptor.Kind))
                {
                    // A nested finding leaves out the parts its holder gives (a gap, its power).
                    foreach (var inner in item[nested.JsonName]!.AsArray().Select(i => i!.AsObject()))
                    {
                        var whole = inner.DeepClone().AsObject();
                        foreach (var (name, value) in item.Where(p => !inner.ContainsKey(p.Key)))
                        {
                            whole[name] = value?.DeepClone();
                        }

                        read.Add(Read(nested, whole));
                    }
                }
            }
        }

        Assert.Equal(assessment.Findings.Select(f => (f.Key, f.Value)), read);
    }

    private static (ConclusionKey, string) Read(ConclusionDescriptor descriptor, JsonObject item)
    {
        var subject = descriptor.Subject.Select((name, i) => (Value: item[name]?.GetValue<string>(), Optional: descriptor.Optional[i]))
            .TakeWhile(p => p.Value is not null || !p.Optional)
            .Select(p => p.Value!)
            .ToArray();
        var value = descriptor.ValueProperty is null
            ? ConclusionMap.Present
            : item[descriptor.ValueProperty]!.GetValueKind() is System.Text.Json.JsonValueKind.True ? descriptor.Values[0]
            : item[descriptor.ValueProperty]!.GetValueKind() is System.Text.Json.JsonValueKind.False ? descriptor.Values[1]
            : item[descriptor.ValueProperty]!.GetValue<string>();
        return (ConclusionKey.Of(descriptor.Kind, subject), value);
    }
}
