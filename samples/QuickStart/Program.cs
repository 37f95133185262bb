using AllianceRules;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;

// Compile the rulebook once; assess as many scenarios as you like, from any thread.
var assessor = new AllianceAssessor();

// A scenario built in code: relations have turned hostile, talks have failed,
// and the United States offers a security guarantee limited to the sea.
var scenario = new Scenario
{
    Id = "my-first-scenario",
    Relation = new RelationState { Level = RelationLevel.Hostile, SettlementFailed = true },
    Powers = [ActorProfiles.UnitedStates],
    Geography = [ActorProfiles.VietnamChinaBorder, ActorProfiles.UnitedStatesOverseas],
    Offers = [new GreatPowerOffer { From = ActorProfiles.UnitedStatesName, Kind = OfferKind.SecurityGuarantee, Domains = [Domain.Sea] }],
};

// Every conclusion comes with the article's claim IDs and the rules and facts behind it.
Console.WriteLine(TextReport.Render(assessor.Assess(scenario)));

// The article's own episodes are built in.
foreach (var id in new[] { "1975-soviet-port-request", "1977-settlement-attempt", "1978-soviet-alliance", "1991-normalization" })
{
    var assessment = assessor.Assess(HistoricalScenarios.Find(id)!);
    Console.WriteLine($"{id,-26} posture {assessment.Posture.Value,-15} claims {string.Join(", ", assessment.Posture.Claims)}");
}
