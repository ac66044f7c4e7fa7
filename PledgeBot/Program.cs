using PledgeBot.Auth;
using PledgeBot.Campaign;
using PledgeBot.Cards;
using PledgeBot.Connector;
using PledgeBot.Content;
using PledgeBot.Dialogs;
using PledgeBot.Health;
using PledgeBot.Messages;
using PledgeBot.Stats;
using PledgeBot.Store;

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

var app = builder.Build();
app.UseExceptionHandler();
app.MapMessages();
app.MapHealth();
app.MapStats();
app.MapCards();
app.Run();

public partial class Program;
