using LogKit.Redaction;
using Microsoft.Extensions.Compliance.Redaction;

namespace LogKit;

/// <summary>
/// What a pipeline redacts before any filter or sink sees an event. On by default: every property whose
/// name matches <see cref="Names"/> (at any depth of destructured objects and dictionaries, in templates,
/// bound, context and pipeline-wide properties) is written as <c>***</c>; credentials inside string values
/// and exception messages are masked (a URI's password, <c>Password=</c>, <c>AccountKey=</c> and
/// <c>SharedAccessSignature=</c> in connection strings, <c>key=value</c> pairs and JSON members whose key
/// is a listed name, <c>Bearer</c> and <c>Basic</c> credentials); destructured members marked with a data
/// classification or <see cref="LogMaskedAttribute"/> are masked and those marked
/// <see cref="NotLoggedAttribute"/> left out.
/// </summary>
/// <remarks>
/// <para>A name matches an entry when, with everything but letters and digits removed and compared
/// case-insensitively, it ends with the entry: <c>userPassword</c>, <c>X-Api-Key</c>, <c>DB_PWD</c> and
/// <c>refresh_token</c> match; <c>TokenCount</c> and <c>PasswordHint</c> do not.</para>
/// <para>Changes take effect for events written after them, on every thread. The options of a running
/// pipeline are <see cref="LogPipeline.Redaction"/> (and <see cref="Log.Redaction"/> for the static facade).</para>
/// </remarks>
/// <example>
/// <code>
/// var pipeline = new LogPipeline();
/// pipeline.Redaction.Add("ssn").Add("employee_number");
/// pipeline.Redaction.Remove("cookie");
/// </code>
/// </example>
public sealed class RedactionOptions
{
    static readonly string[] s_defaultNames =
    [
        "password", "passwd", "pwd", "secret", "token", "access_token", "refresh_token", "api_key", "apikey",
        "authorization", "cookie", "set-cookie", "connectionstring", "client_secret", "private_key",
        "creditcard", "card_number", "cvv",
    ];

    readonly Lock _lock = new();
    readonly List<string> _names = [.. s_defaultNames];
    bool _enabled = true;
    Redactor? _redactor;
    IRedactorProvider? _provider;
    RedactionPolicy? _policy;

    /// <summary>Creates options with the default names, redaction on.</summary>
    public RedactionOptions() => Publish();

    /// <summary>The names redacted by default: password, passwd, pwd, secret, token, access_token, refresh_token, api_key, apikey, authorization, cookie, set-cookie, connectionstring, client_secret, private_key, creditcard, card_number, cvv.</summary>
    public static IReadOnlyList<string> DefaultNames => s_defaultNames;

    /// <summary>The names redacted now, as they were added.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            lock (_lock)
                return _names.ToArray();
        }
    }

    /// <summary>False after <see cref="Disable"/>. Default true.</summary>
    public bool IsEnabled => Volatile.Read(ref _policy) != null;

    /// <summary>
    /// Text for every redacted value instead of <c>***</c>: for example an HMAC redactor from
    /// Microsoft.Extensions.Compliance.Redaction, so that equal secrets can still be correlated. Default null
    /// (<c>***</c>). Not used for <see cref="LogMaskedAttribute"/> members. A redactor that throws never loses
    /// the event: the value is written as <c>[redaction failed]</c> and the failure goes to <c>SelfLog</c> and
    /// the <c>logkit.redaction.failures</c> metric.
    /// </summary>
    public Redactor? Redactor
    {
        get => _redactor;
        set
        {
            lock (_lock)
            {
                _redactor = value;
                Publish();
            }
        }
    }

    /// <summary>
    /// Redactors by data classification, for destructured members marked with a <c>DataClassificationAttribute</c>:
    /// usually the application's <see cref="IRedactorProvider"/> from dependency injection (LogKit.Extensions.Logging
    /// picks it up when the container has one). Default null: classified members are written as <c>***</c>.
    /// </summary>
    public IRedactorProvider? RedactorProvider
    {
        get => _provider;
        set
        {
            lock (_lock)
            {
                _provider = value;
                Publish();
            }
        }
    }

    /// <summary>Redacts properties named <paramref name="name"/> too (see the matching rule above).</summary>
    /// <param name="name">A name such as <c>"ssn"</c> or <c>"employee_number"</c>; case, <c>_</c> and <c>-</c> do not matter.</param>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or has no letter or digit.</exception>
    public RedactionOptions Add(string name)
    {
        var normalized = Validate(name, "Redaction.Add");
        lock (_lock)
        {
            if (!_names.Any(n => NameMatcher.Normalize(n) == normalized))
                _names.Add(name);
            Publish();
        }
        return this;
    }

    /// <summary>Stops redacting properties named <paramref name="name"/> (a default name or an added one).</summary>
    /// <param name="name">The name as listed; case, <c>_</c> and <c>-</c> do not matter.</param>
    /// <returns>True when the name was on the list.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or has no letter or digit.</exception>
    public bool Remove(string name)
    {
        var normalized = Validate(name, "Redaction.Remove");
        lock (_lock)
        {
            var removed = _names.RemoveAll(n => NameMatcher.Normalize(n) == normalized) > 0;
            Publish();
            return removed;
        }
    }

    /// <summary>Sets a function that gives the text for every redacted value (see <see cref="Redactor"/>).</summary>
    /// <param name="redact">Takes the original value as text and returns what is written instead.</param>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="redact"/> is null.</exception>
    public RedactionOptions UseRedactor(Func<string, string> redact)
    {
        if (redact is null)
            throw new ArgumentNullException(nameof(redact), "Redaction.UseRedactor needs a function; set Redaction.Redactor = null to go back to \"***\".");
        Redactor = new DelegateRedactor(redact);
        return this;
    }

    /// <summary>
    /// <b>Unsafe:</b> turns name and value redaction off, so passwords, tokens and connection strings that
    /// reach a logging call are written as they are. Members marked <see cref="LogMaskedAttribute"/>,
    /// <see cref="NotLoggedAttribute"/> or with a data classification stay redacted: their type says so.
    /// Meant for a local debugging session, never for production.
    /// </summary>
    public void Disable()
    {
        lock (_lock)
        {
            _enabled = false;
            Publish();
        }
    }

    /// <summary>Turns redaction back on after <see cref="Disable"/>.</summary>
    public void Enable()
    {
        lock (_lock)
        {
            _enabled = true;
            Publish();
        }
    }

    /// <summary>Whether a property named <paramref name="name"/> is redacted now.</summary>
    /// <param name="name">A property name.</param>
    /// <returns>True when redaction is on and the name matches the list.</returns>
    public bool IsRedacted(string name) => name != null && Volatile.Read(ref _policy) is { } policy && policy.Names.Matches(name);

    /// <summary>The compiled settings, or null when redaction is off.</summary>
    internal RedactionPolicy? Policy => Volatile.Read(ref _policy);

    /// <summary>Takes every setting of <paramref name="other"/> (a pipeline copies its options' settings when it is created).</summary>
    internal void CopyFrom(RedactionOptions other)
    {
        string[] names;
        bool enabled;
        Redactor? redactor;
        IRedactorProvider? provider;
        lock (other._lock)
        {
            names = other._names.ToArray();
            enabled = other._enabled;
            redactor = other._redactor;
            provider = other._provider;
        }
        lock (_lock)
        {
            _names.Clear();
            _names.AddRange(names);
            _enabled = enabled;
            _redactor = redactor;
            _provider = provider;
            Publish();
        }
    }

    void Publish() => Volatile.Write(ref _policy, _enabled ? new RedactionPolicy(_names, _redactor, _provider) : null);

    static string Validate(string name, string option)
    {
        if (name is null)
            throw new ArgumentNullException(nameof(name), $"{option} needs a property name such as \"ssn\".");
        var normalized = NameMatcher.Normalize(name);
        if (normalized.Length == 0)
            throw new ArgumentException($"{option}(\"{name}\"): a name needs at least one letter or digit, for example \"ssn\" or \"employee_number\".", nameof(name));
        return normalized;
    }
}
