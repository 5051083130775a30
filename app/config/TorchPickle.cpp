// SPDX-License-Identifier: MIT
// The pickle machine (Python's Lib/pickle.py and pickletools.py document every opcode): a stack
// of values, marks, and a memo that BINPUT fills and BINGET reads. Here values are plain data;
// GLOBAL yields only a name from the allowlist, REDUCE builds only an OrderedDict or a tensor
// reference, and BINPERSID only a storage reference.
#include "app/config/TorchPickle.h"

#include "app/config/ConfigError.h"
#include "app/config/ModelBudget.h"

#include <QCoreApplication>
#include <QSet>
#include <QtEndian>

#include <cstring>
#include <map>
#include <memory>

namespace sb {

namespace {

struct TorchPickleText {
    Q_DECLARE_TR_FUNCTIONS(sb::TorchPickle)
};

[[noreturn]] void fail(const QString& source, const QString& problem)
{
    throw ConfigError(source + QStringLiteral(": ") + problem);
}

struct Value;
using Ref = std::shared_ptr<Value>;

struct Value {
    enum class Kind { None, Bool, Int, Float, String, Tuple, List, Dict, Global, Storage, Tensor };
    Kind kind = Kind::None;
    std::int64_t integer = 0;
    double real = 0;
    QString text;                      // String; Global: "module name"
    std::vector<Ref> items;            // Tuple, List; Dict: key, value, key, value …
    TorchStorage storage;              // Storage; Tensor: its storage
    std::int64_t offset = 0;           // Tensor
    Shape shape, stride;               // Tensor
    QSet<QString> keys;                // Dict: its string keys, to refuse a repeated name at once
};

// The storages torch.save names in persistent ids, by their GLOBAL name.
struct StorageType {
    const char* global;
    ElementType type;
};
constexpr StorageType kStorageTypes[] = {
    {"torch FloatStorage", ElementType::Float32},     {"torch HalfStorage", ElementType::Float16},
    {"torch BFloat16Storage", ElementType::BFloat16}, {"torch DoubleStorage", ElementType::Float64},
    {"torch LongStorage", ElementType::Int64},        {"torch IntStorage", ElementType::Int32},
    {"torch ShortStorage", ElementType::Int16},       {"torch CharStorage", ElementType::Int8},
    {"torch ByteStorage", ElementType::UInt8},        {"torch BoolStorage", ElementType::Bool},
};
const char* const kOrderedDict = "collections OrderedDict";
const char* const kRebuildTensor = "torch._utils _rebuild_tensor_v2";

// At most this many values, memo entries or stack slots: far beyond any state_dict, far below
// what would exhaust memory.
constexpr std::size_t kMaxObjects = std::size_t{1} << 22;

// What the unpickler makes, in bytes, as charged to the file's budget: a value (with its
// shared_ptr's control block and its slot in made_), a slot of a container, the stack or the marks,
// a memo entry (a map node), a string's UTF-16 text.
constexpr qint64 kValueBytes = sizeof(Value) + 32;
constexpr qint64 kSlotBytes = sizeof(std::shared_ptr<Value>);
constexpr qint64 kMemoBytes = 64;
constexpr qint64 kKeyBytes = 48;  // a dict's string key in its QSet

class Unpickler {
public:
    Unpickler(const QByteArray& data, const QString& source, ModelBudget& budget)
        : data_(data), source_(source), budget_(budget)
    {}
    // A pickle can make a dict hold itself (BINGET of the dict, then SETITEM into it): emptying
    // every value breaks such cycles, which shared_ptr alone would leak.
    ~Unpickler()
    {
        for (const Ref& v : made_)
            v->items.clear();
    }
    Unpickler(const Unpickler&) = delete;
    Unpickler& operator=(const Unpickler&) = delete;

    Ref run()
    {
        for (;;) {
            const unsigned char op = byte();
            switch (op) {
            case 0x80: byte(); break;                                  // PROTO
            case 0x95: bytes(8); break;                                // FRAME (a length hint)
            case '.': return pop();                                    // STOP
            case '(': mark(); break;                                   // MARK
            case '}': push(make(Value::Kind::Dict)); break;            // EMPTY_DICT
            case ']': push(make(Value::Kind::List)); break;            // EMPTY_LIST
            case ')': push(make(Value::Kind::Tuple)); break;           // EMPTY_TUPLE
            case 't': push(tuple(popMark())); break;                   // TUPLE
            case 0x85: push(tuple(popN(1))); break;                    // TUPLE1
            case 0x86: push(tuple(popN(2))); break;                    // TUPLE2
            case 0x87: push(tuple(popN(3))); break;                    // TUPLE3
            case 'q': memo(byte()); break;                             // BINPUT
            case 'r': memo(uint32()); break;                           // LONG_BINPUT
            case 0x94: memo(memo_.size()); break;                      // MEMOIZE
            case 'h': push(recall(byte())); break;                     // BINGET
            case 'j': push(recall(uint32())); break;                   // LONG_BINGET
            case 'J': push(integer(static_cast<std::int32_t>(uint32()))); break;  // BININT
            case 'K': push(integer(byte())); break;                    // BININT1
            case 'M': push(integer(uint16())); break;                  // BININT2
            case 0x8a: push(integer(long1())); break;                  // LONG1
            case 'N': push(make(Value::Kind::None)); break;            // NONE
            case 0x88: push(boolean(true)); break;                     // NEWTRUE
            case 0x89: push(boolean(false)); break;                    // NEWFALSE
            case 'G': push(real()); break;                             // BINFLOAT
            case 'X': push(string(uint32())); break;                   // BINUNICODE
            case 0x8c: push(string(byte())); break;                    // SHORT_BINUNICODE
            case 0x8d: push(string(uint64())); break;                  // BINUNICODE8
            case 'c': {                                                // GLOBAL
                const QString module = line();  // two statements: operands are unsequenced
                push(global(module + QLatin1Char(' ') + line()));
                break;
            }
            case 0x93: {                                               // STACK_GLOBAL
                const Ref name = pop(), module = pop();
                if (name->kind != Value::Kind::String || module->kind != Value::Kind::String)
                    fail(source_, TorchPickleText::tr("STACK_GLOBAL without a module and a name"));
                push(global(module->text + QLatin1Char(' ') + name->text));
                break;
            }
            case 'Q': push(persistent(pop())); break;                  // BINPERSID
            case 'R': {                                                // REDUCE
                const Ref args = pop(), callable = pop();
                push(reduce(callable, args));
                break;
            }
            case 'b': {                                                // BUILD
                const Ref state = pop();
                const Ref target = top();
                if (target->kind != Value::Kind::Dict || (state->kind != Value::Kind::Dict && state->kind != Value::Kind::None))
                    fail(source_, TorchPickleText::tr("BUILD on something other than an OrderedDict's _metadata"));
                break;  // OrderedDict._metadata: the module versions, not needed here
            }
            case 's': {                                                // SETITEM
                const Ref value = pop(), key = pop();
                setItems(top(), {key, value});
                break;
            }
            case 'u': {                                                // SETITEMS
                std::vector<Ref> pairs = popMark();
                setItems(top(), pairs);
                break;
            }
            case 'a': {                                                // APPEND
                const Ref value = pop();
                append(top(), {value});
                break;
            }
            case 'e': {  // APPENDS (the list is below the mark)
                // Two statements: the list is the top only once the mark's values are popped (as
                // arguments, clang took top() first, an item about to be moved out).
                const std::vector<Ref> values = popMark();
                append(top(), values);
                break;
            }
            default:
                fail(source_, TorchPickleText::tr("pickle opcode 0x%1 at byte %2 is not one a state_dict uses: refused, "
                                                  "nothing was run")
                                  .arg(op, 2, 16, QLatin1Char('0'))
                                  .arg(pos_ - 1));
            }
        }
    }

private:
    unsigned char byte()
    {
        if (pos_ >= data_.size())
            fail(source_, TorchPickleText::tr("data.pkl ends before its STOP opcode"));
        return static_cast<unsigned char>(data_[pos_++]);
    }
    const char* bytes(qint64 n)
    {
        if (n < 0 || n > data_.size() - pos_)
            fail(source_, TorchPickleText::tr("data.pkl ends inside a value"));
        const char* at = data_.constData() + pos_;
        pos_ += n;
        return at;
    }
    quint16 uint16() { return qFromLittleEndian<quint16>(bytes(2)); }
    quint32 uint32() { return qFromLittleEndian<quint32>(bytes(4)); }
    qint64 uint64()
    {
        const quint64 n = qFromLittleEndian<quint64>(bytes(8));
        return n > quint64(data_.size()) ? -1 : static_cast<qint64>(n);
    }
    std::int64_t long1()
    {
        const int n = byte();
        if (n > 8)
            fail(source_, QCoreApplication::translate("sb::TorchPickle", "an integer of %1 bytes, beyond 64 bits").arg(n));
        const char* b = bytes(n);
        std::uint64_t v = 0;
        for (int i = 0; i < n; ++i)
            v |= std::uint64_t(static_cast<unsigned char>(b[i])) << (8 * i);
        if (n > 0 && n < 8 && (static_cast<unsigned char>(b[n - 1]) & 0x80))
            v |= ~std::uint64_t{0} << (8 * n);  // two's complement, sign-extended
        return static_cast<std::int64_t>(v);
    }
    QString line()
    {
        const qint64 end = data_.indexOf('\n', pos_);
        if (end < 0 || end - pos_ > 256)
            fail(source_, TorchPickleText::tr("a GLOBAL without its newline"));
        const QString text = QString::fromUtf8(data_.constData() + pos_, end - pos_);
        pos_ = end + 1;
        return text;
    }

    // Charges what the pickle is about to make.
    void spend(qint64 bytes)
    {
        if (!budget_.take(bytes))
            budget_.spend(bytes, TorchPickleText::tr("the pickle's values (byte %1 of data.pkl)").arg(pos_));
    }

    Ref make(Value::Kind kind)
    {
        if (made_.size() >= kMaxObjects)
            fail(source_, TorchPickleText::tr("more than %1 pickled values").arg(kMaxObjects));
        spend(kValueBytes);
        auto v = std::make_shared<Value>();
        v->kind = kind;
        made_.push_back(v);
        return v;
    }
    Ref integer(std::int64_t n)
    {
        Ref v = make(Value::Kind::Int);
        v->integer = n;
        return v;
    }
    Ref boolean(bool b)
    {
        Ref v = make(Value::Kind::Bool);
        v->integer = b ? 1 : 0;
        return v;
    }
    Ref real()
    {
        const quint64 bits = qFromBigEndian<quint64>(bytes(8));
        Ref v = make(Value::Kind::Float);
        std::memcpy(&v->real, &bits, sizeof v->real);
        return v;
    }
    Ref string(qint64 n)
    {
        const char* at = bytes(n);
        spend(2 * n + 32);
        Ref v = make(Value::Kind::String);
        v->text = QString::fromUtf8(at, n);
        return v;
    }
    Ref tuple(std::vector<Ref> items)
    {
        spend(static_cast<qint64>(items.size()) * kSlotBytes);
        Ref v = make(Value::Kind::Tuple);
        v->items = std::move(items);
        return v;
    }
    Ref global(const QString& name)
    {
        bool known = name == QLatin1String(kOrderedDict) || name == QLatin1String(kRebuildTensor);
        for (const StorageType& type : kStorageTypes)
            known = known || name == QLatin1String(type.global);
        if (!known)
            fail(source_, TorchPickleText::tr("the pickle asks for the global %1, which a state_dict never uses: refused, "
                                              "nothing was run")
                              .arg(QString(name).replace(QLatin1Char(' '), QLatin1Char('.'))));
        Ref v = make(Value::Kind::Global);
        v->text = name;
        return v;
    }
    // ('storage', torch.FloatStorage, KEY, LOCATION, NUMEL)
    Ref persistent(const Ref& id)
    {
        const auto& f = id->items;
        if (id->kind != Value::Kind::Tuple || f.size() != 5 || f[0]->kind != Value::Kind::String
            || f[0]->text != QLatin1String("storage") || f[1]->kind != Value::Kind::Global || f[2]->kind != Value::Kind::String
            || f[4]->kind != Value::Kind::Int || f[4]->integer < 0)
            fail(source_, TorchPickleText::tr("a persistent id that is not a storage"));
        Ref v = make(Value::Kind::Storage);
        const StorageType* type = nullptr;
        for (const StorageType& t : kStorageTypes)
            if (f[1]->text == QLatin1String(t.global))
                type = &t;
        if (!type)
            fail(source_, TorchPickleText::tr("a storage of type %1").arg(f[1]->text));
        v->storage.type = type->type;
        v->storage.key = f[2]->text;
        v->storage.elements = f[4]->integer;
        return v;
    }
    Ref reduce(const Ref& callable, const Ref& args)
    {
        if (callable->kind != Value::Kind::Global || args->kind != Value::Kind::Tuple)
            fail(source_, TorchPickleText::tr("REDUCE of something other than a global"));
        if (callable->text == QLatin1String(kOrderedDict) && args->items.empty())
            return make(Value::Kind::Dict);
        if (callable->text != QLatin1String(kRebuildTensor))
            fail(source_, TorchPickleText::tr("REDUCE calls %1, which only names a type here").arg(callable->text));
        // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
        const auto& a = args->items;
        if (a.size() < 4 || a[0]->kind != Value::Kind::Storage || a[1]->kind != Value::Kind::Int
            || a[2]->kind != Value::Kind::Tuple || a[3]->kind != Value::Kind::Tuple || a[2]->items.size() != a[3]->items.size())
            fail(source_, TorchPickleText::tr("_rebuild_tensor_v2 with arguments that are not a tensor's"));
        spend(static_cast<qint64>(a[2]->items.size()) * 2 * static_cast<qint64>(sizeof(std::int64_t)));
        Ref v = make(Value::Kind::Tensor);
        v->storage = a[0]->storage;
        v->offset = a[1]->integer;
        for (std::size_t i = 0; i < a[2]->items.size(); ++i) {
            if (a[2]->items[i]->kind != Value::Kind::Int || a[3]->items[i]->kind != Value::Kind::Int)
                fail(source_, TorchPickleText::tr("a tensor size or stride that is not an integer"));
            v->shape.push_back(a[2]->items[i]->integer);
            v->stride.push_back(a[3]->items[i]->integer);
        }
        return v;
    }

    void push(Ref v)
    {
        if (stack_.size() >= kMaxObjects)
            fail(source_, TorchPickleText::tr("the pickle's stack grows beyond %1 values").arg(kMaxObjects));
        // The stack's memory is what it held at its highest.
        if (stack_.size() == stackHighest_) {
            spend(kSlotBytes);
            ++stackHighest_;
        }
        stack_.push_back(std::move(v));
    }
    Ref pop()
    {
        if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back()))
            fail(source_, TorchPickleText::tr("the pickle pops an empty stack"));
        Ref v = std::move(stack_.back());
        stack_.pop_back();
        return v;
    }
    const Ref& top()
    {
        if (stack_.empty())
            fail(source_, TorchPickleText::tr("the pickle pops an empty stack"));
        return stack_.back();
    }
    std::vector<Ref> popN(std::size_t n)
    {
        std::vector<Ref> items(n);
        for (std::size_t i = n; i-- > 0;)
            items[i] = pop();
        return items;
    }
    std::vector<Ref> popMark()
    {
        if (marks_.empty())
            fail(source_, TorchPickleText::tr("a pickle opcode needs a MARK that is not there"));
        const std::size_t mark = marks_.back();
        marks_.pop_back();
        std::vector<Ref> items(std::make_move_iterator(stack_.begin() + static_cast<std::ptrdiff_t>(mark)),
                               std::make_move_iterator(stack_.end()));
        stack_.resize(mark);
        return items;
    }
    void mark()
    {
        if (marks_.size() >= kMaxObjects)
            fail(source_, TorchPickleText::tr("the pickle's stack grows beyond %1 values").arg(kMaxObjects));
        if (marks_.size() == marksHighest_) {
            spend(sizeof(std::size_t));
            ++marksHighest_;
        }
        marks_.push_back(stack_.size());
    }
    void memo(std::size_t index)
    {
        if (index > kMaxObjects)
            fail(source_, TorchPickleText::tr("a memo index beyond %1").arg(kMaxObjects));
        const Ref& value = top();
        const auto [entry, added] = memo_.try_emplace(index, value);
        if (added)
            spend(kMemoBytes);
        else
            entry->second = value;
    }
    Ref recall(std::size_t index)
    {
        const auto it = memo_.find(index);
        if (it == memo_.end())
            fail(source_, TorchPickleText::tr("BINGET of memo entry %1, which was never stored").arg(index));
        return it->second;
    }
    void setItems(const Ref& dict, const std::vector<Ref>& pairs)
    {
        if (dict->kind != Value::Kind::Dict || pairs.size() % 2 != 0)
            fail(source_, TorchPickleText::tr("SETITEMS on something other than a dict"));
        spend(static_cast<qint64>(pairs.size()) * kSlotBytes);
        for (std::size_t i = 0; i < pairs.size(); i += 2) {
            if (pairs[i]->kind == Value::Kind::String) {
                spend(kKeyBytes);
                if (dict->keys.contains(pairs[i]->text))
                    fail(source_, TorchPickleText::tr("the name %1 appears twice").arg(pairs[i]->text));
                dict->keys.insert(pairs[i]->text);
            }
            if (dict->items.size() + 2 > kMaxObjects)
                fail(source_, TorchPickleText::tr("more than %1 pickled values").arg(kMaxObjects));
            dict->items.push_back(pairs[i]);
            dict->items.push_back(pairs[i + 1]);
        }
    }
    void append(const Ref& list, const std::vector<Ref>& values)
    {
        if (list->kind != Value::Kind::List)
            fail(source_, TorchPickleText::tr("APPENDS on something other than a list"));
        if (list->items.size() + values.size() > kMaxObjects)
            fail(source_, TorchPickleText::tr("more than %1 pickled values").arg(kMaxObjects));
        spend(static_cast<qint64>(values.size()) * kSlotBytes);
        list->items.insert(list->items.end(), values.begin(), values.end());
    }

    const QByteArray& data_;
    const QString& source_;
    ModelBudget& budget_;
    qint64 pos_ = 0;
    std::size_t stackHighest_ = 0, marksHighest_ = 0;
    std::vector<Ref> stack_;
    std::vector<std::size_t> marks_;
    std::map<std::size_t, Ref> memo_;
    std::vector<Ref> made_;  // every value made, to break cycles at the end
};

bool holdsTensors(const Ref& dict)
{
    if (dict->kind != Value::Kind::Dict)
        return false;
    for (std::size_t i = 0; i < dict->items.size(); i += 2)
        if (dict->items[i]->kind == Value::Kind::String && dict->items[i + 1]->kind == Value::Kind::Tensor)
            return true;
    return false;
}

// The dict of named tensors: the top-level object, or one of its values, the usual keys first.
Ref findStateDict(const Ref& top)
{
    if (holdsTensors(top))
        return top;
    if (top->kind != Value::Kind::Dict)
        return nullptr;
    for (const char* key : {"state_dict", "model_state_dict", "model", "generator", "netG", "G", "net", "module"})
        for (std::size_t i = 0; i < top->items.size(); i += 2)
            if (top->items[i]->kind == Value::Kind::String && top->items[i]->text == QLatin1String(key)
                && holdsTensors(top->items[i + 1]))
                return top->items[i + 1];
    for (std::size_t i = 0; i < top->items.size(); i += 2)
        if (holdsTensors(top->items[i + 1]))
            return top->items[i + 1];
    return nullptr;
}

} // namespace

std::vector<TorchTensor> unpickleStateDict(const QByteArray& pickle, const QString& source, ModelBudget& budget)
{
    Unpickler unpickler(pickle, source, budget);
    const Ref state = findStateDict(unpickler.run());
    if (!state)
        fail(source, TorchPickleText::tr("no state_dict (a dict of named tensors) in this checkpoint"));
    std::vector<TorchTensor> tensors;
    for (std::size_t i = 0; i < state->items.size(); i += 2) {
        const Ref& key = state->items[i];
        const Ref& value = state->items[i + 1];
        if (key->kind != Value::Kind::String || value->kind != Value::Kind::Tensor)
            continue;
        // Each entry copies its name, shape and strides: one tensor's 10 000-axis shape named by a
        // hundred thousand entries of BINGETs is 16 GB of copies from a 1 MB pickle.
        const qint64 bytes = static_cast<qint64>(sizeof(TorchTensor)) + 2 * key->text.size()
                             + 2 * static_cast<qint64>(value->shape.size() * sizeof(std::int64_t));
        if (!budget.take(bytes))
            budget.spend(bytes, TorchPickleText::tr("the state_dict's entry %1").arg(key->text));
        tensors.push_back({key->text, value->storage, value->offset, value->shape, value->stride});
    }
    return tensors;
}

} // namespace sb
