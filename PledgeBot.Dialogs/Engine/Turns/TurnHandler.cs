namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>The rest of the pipeline after a middleware.</summary>
public delegate Task TurnHandler(TurnContext context, CancellationToken cancellationToken);
