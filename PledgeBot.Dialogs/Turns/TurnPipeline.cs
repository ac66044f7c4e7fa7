using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Turns;

/// <summary>Runs an activity through the middleware chain, in registration order, and then the bot.</summary>
public sealed class TurnPipeline(IEnumerable<ITurnMiddleware> middleware, IBot bot, IContentSource content, TimeProvider clock)
{
    private readonly ITurnMiddleware[] _middleware = middleware.ToArray();

    public async Task<TurnResult> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var context = new TurnContext(activity, clock, content.Current);
        await RunFromAsync(0, context, cancellationToken);
        return new TurnResult(context.Replies.ToArray(), context.InvokeResponse, context.Duplicate);
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
