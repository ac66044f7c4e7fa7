using PledgeBot.Dialogs.Ports;
using PledgeBot.Settings;

namespace PledgeBot.Classes;

public static class ClassesServiceCollectionExtensions
{
    /// <summary>Class sessions: options (<c>Classes</c> section), the store and the students' port, the teacher tokens,
    /// the control, the delivery through the proactive sender and the screens' cross-instance signals.</summary>
    public static IServiceCollection AddClasses(this IServiceCollection services)
    {
        services.AddOptions<ClassesOptions>().BindConfiguration(ClassesOptions.Section)
            .ReadsRenamedDuration("Classes:ResultsDays", "Classes:ResultsKept", TimeSpan.FromDays(1), (o, v) => o.ResultsKept = v)
            .ValidateDataAnnotations().ValidateOnStart();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ClassesJsonContext.Default));
        services.AddSingleton<ClassKeys>();
        services.AddSingleton<ClassStore>();
        services.AddSingleton<ClassSignals>();
        services.AddSingleton<RedisClassRoom>();
        services.AddSingleton<IClassRoom>(provider => provider.GetRequiredService<RedisClassRoom>());
        services.AddSingleton<TeacherTokens>();
        services.AddSingleton<ClassAccess>();
        services.AddSingleton<ClassLinks>();
        services.AddSingleton<ClassCreation>();
        services.AddSingleton<ClassReader>();
        services.AddSingleton<ClassPacing>();
        services.AddSingleton<ClassDelivery>();
        services.AddSingleton<ClassControl>();
        services.AddSingleton<ClassPage>();
        return services;
    }
}
