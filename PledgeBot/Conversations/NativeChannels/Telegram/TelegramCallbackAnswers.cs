using System.Threading.Channels;
using Telegram.Bot;

namespace PledgeBot.Conversations.NativeChannels.Telegram;

/// <summary>Answers every inline-button tap (answerCallbackQuery), so the user's button stops spinning, whatever became
/// of the tap: a turn, a redelivery, an expired button, a full queue. The webhook only hands the id over; the call is
/// made here, after the webhook has been answered.</summary>
internal sealed class TelegramCallbackAnswers(TelegramBotClients clients, ILogger<TelegramCallbackAnswers> logger) : BackgroundService
{
    private readonly Channel<(string Id, string? Note)> _pending = Channel.CreateBounded<(string Id, string? Note)>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(string callbackQueryId, string? note)
    {
        if (!_pending.Writer.TryWrite((callbackQueryId, note)))
        {
            logger.CallbackAnswersFull();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (id, note) in _pending.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await clients.Create().AnswerCallbackQuery(id, note, cancellationToken: stoppingToken);
            }
            catch (Exception exception) when (TelegramFailure.From(exception) is { } failure)
            {
                // Too late (Telegram keeps a tap answerable for a short while) or blocked: nothing left to do.
                logger.CallbackAnswerFailed(failure.Reason);
            }
        }
    }
}
