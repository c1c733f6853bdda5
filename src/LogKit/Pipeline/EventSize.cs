using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>
/// An estimate of the memory a queued <see cref="LogEvent"/> holds, for a queue's byte bound. It
/// counts strings (two bytes a character) and a fixed cost per object; it need not be exact, only
/// grow with what the event really holds, so that a few huge events cannot fill the heap.
/// </summary>
internal static class EventSize
{
    const int EventOverhead = 160;
    const int PropertyOverhead = 48;
    const int MaxDepth = 8;

    public static long Estimate(LogEvent logEvent)
    {
        long size = EventOverhead + 2L * logEvent.MessageTemplate.Text.Length;
        foreach (var (name, value) in logEvent.Properties)
            size += PropertyOverhead + 2L * name.Length + Of(value, 0);
        if (logEvent.Exception is { } exception)
            size += OfException(exception);
        return size;
    }

    static long OfException(Exception exception)
    {
        try
        {
            return 512 + 2L * (exception.Message.Length + (exception.StackTrace?.Length ?? 0));
        }
        catch
        {
            return 512;   // a custom Message that throws: the sink will say so when it formats the event
        }
    }

    static long Of(LogEventPropertyValue value, int depth)
    {
        if (depth > MaxDepth)
            return PropertyOverhead;
        switch (value)
        {
            case ScalarValue { Value: string text }:
                return 24 + 2L * text.Length;
            case ScalarValue:
                return 24;
            case SequenceValue sequence:
            {
                long size = 32;
                foreach (var element in sequence.Elements)
                    size += Of(element, depth + 1);
                return size;
            }
            case StructureValue structure:
            {
                long size = 32 + 2L * (structure.TypeTag?.Length ?? 0);
                foreach (var property in structure.Properties)
                    size += PropertyOverhead + 2L * property.Name.Length + Of(property.Value, depth + 1);
                return size;
            }
            case DictionaryValue dictionary:
            {
                long size = 32;
                foreach (var (key, element) in dictionary.Elements)
                    size += Of(key, depth + 1) + Of(element, depth + 1);
                return size;
            }
            default:
                return PropertyOverhead;
        }
    }
}
