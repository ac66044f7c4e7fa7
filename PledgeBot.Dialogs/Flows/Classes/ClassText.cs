using PledgeBot.Dialogs.Content;

namespace PledgeBot.Dialogs.Flows.Classes;

/// <summary>Typed keys of the class session's texts; the words live in Content/vi/class.json and Content/en/class.json.</summary>
public static class ClassText
{
    /// <summary>{name} of the class, the student's {nickname}.</summary>
    public static readonly TextKey Joined = new("class.joined");

    /// <summary>{name}, {nickname}, their {score} so far.</summary>
    public static readonly TextKey Rejoined = new("class.rejoined");

    /// <summary>{code} as typed.</summary>
    public static readonly TextKey Unknown = new("class.unknown");

    /// <summary>{code}.</summary>
    public static readonly TextKey Ended = new("class.ended");

    /// <summary>{code}.</summary>
    public static readonly TextKey Full = new("class.full");

    public static readonly TextKey Left = new("class.left");
    public static readonly TextKey NotInClass = new("class.notInClass");

    /// <summary>{number} of {total}, the {question}, its {options} one per line, {seconds} left.</summary>
    public static readonly TextKey Question = new("class.question");

    /// <summary>{letter} picked.</summary>
    public static readonly TextKey Received = new("class.received");

    public static readonly TextKey AlreadyAnswered = new("class.alreadyAnswered");
    public static readonly TextKey TimeUp = new("class.timeUp");
    public static readonly TextKey PickOption = new("class.pickOption");
    public static readonly TextKey Waiting = new("class.waiting");

    /// <summary>{explanation}.</summary>
    public static readonly TextKey Right = new("class.right");

    /// <summary>{letter} and {answer} of the right option, {explanation}.</summary>
    public static readonly TextKey Wrong = new("class.wrong");

    /// <summary>{letter} and {answer} of the right option, {explanation}.</summary>
    public static readonly TextKey Missed = new("class.missed");

    /// <summary>{score} of {total}, the {badge}.</summary>
    public static readonly TextKey End = new("class.end");

    /// <summary>Animal names for nicknames, separated by commas.</summary>
    public static readonly TextKey Animals = new("class.animals");

    /// <summary>The command words that leave a class ("thoát lớp", "leave class").</summary>
    public const string LeaveCommand = "classLeave";
}
