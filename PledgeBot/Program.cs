using PledgeBot.Auth;
using PledgeBot.Connector;
using PledgeBot.Dialogs;
using PledgeBot.Dialogs.Turns;
using PledgeBot.Health;
using PledgeBot.Messages;
using PledgeBot.Store;

var builder = WebApplication.CreateBuilder(args).UseDefaultBotUrl();
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();
builder.Services.AddPledgeBotDialogs();
builder.Services.AddOptions<FloodControlOptions>().BindConfiguration(FloodControlOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddStore(builder.Configuration);
builder.Services.AddBotAuth(builder.Configuration);
builder.Services.AddConnector();
builder.Services.AddMessages();

var app = builder.Build();
app.UseExceptionHandler();
app.MapMessages();
app.MapHealth();
app.Run();

public partial class Program;
