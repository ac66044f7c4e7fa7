using PledgeBot.Campaign;
using PledgeBot.Classes;
using PledgeBot.Content;
using PledgeBot.Conversations;
using PledgeBot.Counsel;
using PledgeBot.Health;
using PledgeBot.Conversations.Messages;
using PledgeBot.Observability;
using PledgeBot.Privacy;
using PledgeBot.Referrals;
using PledgeBot.Safety;
using PledgeBot.Staff;
using PledgeBot.Store;
using PledgeBot.Web;

if (SafetyCommands.RunWithoutHost(args) is { } trained)
{
    return trained;
}

var builder = WebApplication.CreateBuilder(args).UseDefaultBotUrl().ForSafetyCommands(args);
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();
builder.Services.AddBotFeature();
builder.Services.AddStore(builder.Configuration);
builder.Services.AddPrivacy();
builder.Services.AddConversationsFeature(builder.Configuration);
builder.Services.AddCampaignFeature();
builder.Services.AddSafety(builder.Configuration);
builder.Services.AddStaffFeature();
builder.Services.AddReferrals();
builder.Services.AddClasses();
builder.Services.AddCounsel();
builder.Services.AddWeb();
builder.Services.AddObservability(builder.Configuration);

var app = builder.Build();
if (await SafetyCommands.RunWithHostAsync(app, args) is { } code)
{
    return code;
}

app.UseExceptionHandler();
app.MapConversationsFeature();
app.MapHealth();
app.MapCampaignFeature();
app.MapReferrals();
app.MapStaffFeature();
app.MapClasses();
app.MapCounselConsole();
app.MapObservability();
app.Run();
return 0;

public partial class Program;
