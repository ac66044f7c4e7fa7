using PledgeBot.Auth;
using PledgeBot.Campaign;
using PledgeBot.Cards;
using PledgeBot.Classes;
using PledgeBot.NativeChannels;
using PledgeBot.Connector;
using PledgeBot.Content;
using PledgeBot.Conversations;
using PledgeBot.Counsel;
using PledgeBot.Dialogs;
using PledgeBot.DirectLine;
using PledgeBot.Health;
using PledgeBot.Live;
using PledgeBot.Messages;
using PledgeBot.Observability;
using PledgeBot.Referrals;
using PledgeBot.Safety;
using PledgeBot.Staff;
using PledgeBot.Staff.Setup;
using PledgeBot.Staff.Dashboard;
using PledgeBot.Staff.Funnel;
using PledgeBot.Staff.Exports;
using PledgeBot.Stats;
using PledgeBot.Store;
using PledgeBot.Web;

if (SafetyTrainCli.IsRequested(args))
{
    return SafetyTrainCli.Run(args, Console.Out);
}

var builder = WebApplication.CreateBuilder(args).UseDefaultBotUrl();
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();
builder.Services.AddPledgeBotDialogs();
builder.Services.AddEditableContent();
builder.Services.AddDialogOptions();
builder.Services.AddStore(builder.Configuration);
builder.Services.AddCampaign();
builder.Services.AddBotAuth(builder.Configuration);
builder.Services.AddConnector();
builder.Services.AddMessages();
builder.Services.AddCards();
builder.Services.AddSafety(builder.Configuration);
if (SafetyCli.IsRequested(args) || SafetyEvalCli.IsRequested(args))
{
    // The CLI's stdout carries JSON lines only; logs go to stderr.
    builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
}
builder.Services.AddStaff();
builder.Services.AddReferrals();
builder.Services.AddDirectLine();
builder.Services.AddExports();
builder.Services.AddDashboard();
builder.Services.AddLive();
builder.Services.AddWeb();
builder.Services.AddClasses();
builder.Services.AddChannels(builder.Configuration);
builder.Services.AddProactiveSends();
builder.Services.AddCounsel();
builder.Services.AddObservability(builder.Configuration);

var app = builder.Build();
if (SafetyCli.IsRequested(args))
{
    await SafetyCli.RunAsync(app.Services, Console.In, Console.Out, CancellationToken.None);
    return 0;
}

if (SafetyEvalCli.IsRequested(args))
{
    return await SafetyEvalCli.RunAsync(args, app.Services, Console.Out, CancellationToken.None);
}

app.UseExceptionHandler();
app.UseDirectLine();
app.MapMessages();
app.MapHealth();
app.MapStats();
app.MapCards();
app.MapReferrals();
app.MapExports();
app.MapDashboard();
app.MapFunnel();
app.MapStaffSetup();
app.MapLive();
app.MapClasses();
app.MapDirectLine();
app.MapCampaignPage();
app.MapChannels();
app.MapCounselConsole();
app.MapObservability();
app.Run();
return 0;

public partial class Program;
