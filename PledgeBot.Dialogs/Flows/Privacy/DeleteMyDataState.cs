namespace PledgeBot.Dialogs.Flows.Privacy;

public sealed record DeleteMyDataState
{
    public bool Confirmed { get; init; }
}
