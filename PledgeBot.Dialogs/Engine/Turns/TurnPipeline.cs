using Microsoft.Extensions.Logging;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Engine.Turns;

/// <summary>Runs an activity through the middleware chain, in registration order, and then the bot.</summary>
public sealed class TurnPipeline(
    IEnumerable<ITurnMiddleware> middleware, IBot bot, IContentSource content, TimeProvider clock, ILogger<TurnPipeline> logger)
{
    private static readonly TimeSpan s_afterSaveBudget = TimeSpan.FromSeconds(2);

    private readonly ITurnMiddleware[] _middleware = middleware.ToArray();

    public async Task<TurnResult> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var context = new TurnContext(activity, clock, content.Current);
        await RunFromAsync(0, context, cancellationToken);
        await RunAfterSaveAsync(context, cancellationToken);
        var waiting = context.State.Stack.Count == 0 ? null : context.State.Stack[^1];
        return new TurnResult(context.Replies.ToArray(), context.InvokeResponse, context.Duplicate)
        {
            Failed = context.Failed,
            Flow = waiting?.Flow,
            Step = waiting?.Step,
        };
    }

    // Counts are best effort once the turn is done: a failing store must not turn a helpful reply into an apology.
    private async Task RunAfterSaveAsync(TurnContext context, CancellationToken cancellationToken)
    {
        foreach (var effect in context.AfterSaveEffects)
        {
            try
            {
                using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                budget.CancelAfter(s_afterSaveBudget);
                await effect(budget.Token);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.AfterSaveFailed(exception.GetType().Name, context.ChannelId);
            }
        }
    }

    private Task RunFromAsync(int index, TurnContext context, CancellationToken cancellationToken)
    {
        if (index == _middleware.Length)
        {
            return bot.OnTurnAsync(context, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(
            context,
            (nextContext, nextToken) => RunFromAsync(index + 1, nextContext, nextToken),
            cancellationToken);
    }
}
