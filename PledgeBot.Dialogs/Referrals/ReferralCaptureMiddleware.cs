using Microsoft.Extensions.Logging;
using PledgeBot.Dialogs.Activities;
using PledgeBot.Dialogs.Content;
using PledgeBot.Dialogs.Engine;
using PledgeBot.Dialogs.Engine.Turns;
using PledgeBot.Dialogs.Ports;

namespace PledgeBot.Dialogs.Referrals;

/// <summary>Records the referral code an activity carries, on any channel, and remembers the user's attributed code in
/// the conversation's state. Runs inside the state middleware; never interrupts a flow: a message that only carried a
/// code gets the greeting (new users), the current question again (mid-flow) or the menu.</summary>
public sealed class ReferralCaptureMiddleware(
    IReferralRegistry referrals, IPseudonymizer pseudonymizer, DialogStack dialogs, IMainMenu menu,
    ILogger<ReferralCaptureMiddleware> logger)
    : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext context, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (ReferralSources.Find(context.Activity) is not { } arrival)
        {
            await next(context, cancellationToken);
            return;
        }

        var before = context.Language;
        ApplyLocale(context, arrival.Locale);
        if (context.Language != before && context.State.Greeted && !context.State.HandedOff && !context.Activity.IsType(ActivityTypes.Message))
        {
            // The page's language link reloaded it in the other language: say so, and ask the pending question (or
            // show the menu) again in that language, so a half-finished pledge carries on in the words now shown.
            context.Say(Text.Commands.LanguageSwitched);
            AnswerQuietly(context);
        }

        if (arrival.Code is not null && !await CaptureAsync(context, arrival, cancellationToken))
        {
            // "ma tuy" and the like: words, not a code; the bot answers them as any message.
            await next(context, cancellationToken);
            return;
        }

        if (arrival.CaptureOnly && context.Activity.IsType(ActivityTypes.Message) && context.State.Greeted)
        {
            AnswerQuietly(context);
            return;
        }

        await next(context, cancellationToken);
    }

    private async Task<bool> CaptureAsync(TurnContext context, ReferralArrival arrival, CancellationToken cancellationToken)
    {
        var code = arrival.Code!;
        if (arrival.Typed && !await referrals.IsActiveAsync(code, cancellationToken))
        {
            logger.TypedCodeUnknown(context.ChannelId);
            return false;
        }

        var userId = context.Activity.From?.Id;
        if (string.IsNullOrEmpty(userId))
        {
            return true;
        }

        var user = pseudonymizer.HashUser(context.ChannelId, userId);
        var touch = await referrals.TouchAsync(code, user, context.ChannelId, context.Clock.GetUtcNow(), cancellationToken);
        logger.ReferralCaptured(code.ToUpperInvariant(), context.ChannelId, touch.Kind.ToString(), touch.FirstTouch);
        if (touch.AttributedCode is { } attributed && !string.Equals(attributed, context.State.ReferralCode, StringComparison.Ordinal))
        {
            context.State = context.State with { ReferralCode = attributed };
        }

        return true;
    }

    // The web page says which language it showed; only the two the bot speaks are taken.
    private static void ApplyLocale(TurnContext context, string? locale)
    {
        if (locale is null
            || !(locale.StartsWith("vi", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var language = Languages.FromLocale(locale);
        context.Language = language;
        context.State = context.State with { ChosenLanguage = language };
    }

    private void AnswerQuietly(TurnContext context)
    {
        if (context.State.HandedOff)
        {
            return;
        }

        if (DialogStack.IsActive(context))
        {
            dialogs.Reprompt(context);
        }
        else
        {
            menu.Show(context);
        }
    }
}
