using AllianceRules;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The code to copy into an app: register the rulebook once (it compiles on first use and is
// shared by every request), with its options in appsettings.json ("AllianceRules" section),
// resolve IAllianceAssessor where it is needed, assess, report. Logs go to the console; an app
// exports traces and metrics by adding AllianceRulesDiagnostics.ActivitySourceName and
// .MeterName to its OpenTelemetry setup.
using var host = Embedding.EmbeddingHost.CreateBuilder(args).Build();
await host.StartAsync();

var assessor = host.Services.GetRequiredService<IAllianceAssessor>();

// A what-if of our own: relations are strained and talks are still under way, and a maritime
// great power proposes a strategic partnership.
var scenario = new Scenario
{
    Id = "embedding-demo",
    Title = "A partnership proposed while talks go on",
    Relation = new RelationState { Level = RelationLevel.Strained, SettlementFailed = false },
    Powers = [ActorProfiles.UnitedStates],
    Geography = [ActorProfiles.VietnamChinaBorder, ActorProfiles.UnitedStatesOverseas],
    Offers = [new GreatPowerOffer { From = ActorProfiles.UnitedStatesName, Kind = OfferKind.PartnershipUpgrade }],
};

Console.WriteLine(MarkdownReport.Render(assessor.Assess(scenario)));
