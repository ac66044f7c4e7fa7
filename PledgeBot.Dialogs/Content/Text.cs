namespace PledgeBot.Dialogs.Content;

/// <summary>Typed keys of the content files; the words themselves live in vi.json and en.json.</summary>
public static class Text
{
    public static class Welcome
    {
        public static readonly TextKey Greeting = new("welcome.greeting");
        public static readonly TextKey NotUnderstood = new("welcome.notUnderstood");
    }

    public static class Menu
    {
        public static readonly TextKey Prompt = new("menu.prompt");
        public static readonly TextKey OtherLanguage = new("menu.otherLanguage");
    }

    public static class Commands
    {
        public static readonly TextKey Help = new("commands.help");
        public static readonly TextKey Cancelled = new("commands.cancelled");
        public static readonly TextKey NothingToCancel = new("commands.nothingToCancel");
        public static readonly TextKey LanguageSwitched = new("commands.languageSwitched");
    }

    public static class Prompts
    {
        public static readonly TextKey RetryChoice = new("prompts.retryChoice");
        public static readonly TextKey RetryYesNo = new("prompts.retryYesNo");
        public static readonly TextKey RetryText = new("prompts.retryText");
        public static readonly TextKey GiveUp = new("prompts.giveUp");
        public static readonly TextKey Which = new("prompts.which");
        public static readonly TextKey Reaction = new("prompts.reaction");
    }

    public static class Help
    {
        public static readonly TextKey Offer = new("help.offer");
    }

    public static class Turns
    {
        public static readonly TextKey SlowDown = new("turns.slowDown");
        public static readonly TextKey Apology = new("turns.apology");
    }
}
