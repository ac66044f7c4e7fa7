using PledgeBot.Dialogs;
using PledgeBot.Store;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPledgeBotDialogs();
builder.Services.AddStore(builder.Configuration);
var app = builder.Build();
app.Run();

public partial class Program;
