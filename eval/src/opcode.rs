//! The instruction set.
//!
//! Bytecode is a sequence of 16-bit code units: the low byte is the opcode,
//! the high byte its argument. An argument wider than 8 bits is built by
//! `EXTENDED_ARG` prefixes (each shifts the accumulated argument left by 8).
//! Jump arguments are absolute code-unit offsets.
//!
//! Each opcode's doc gives its operand and its stack effect as
//! `before -> after` (top of stack on the right).

/// Opcodes. The discriminant is the byte stored in the code unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Op {
    /// Prefix: `arg` supplies 8 more high bits of the next argument.
    ExtendedArg = 0,
    /// Does nothing.
    Nop,
    /// `x ->`
    PopTop,
    /// Operand `n`: `a1 .. an -> a1 .. an a1` (copy the n-th from top).
    Copy,
    /// Operand `n`: swap top with the n-th from top.
    Swap,
    /// Operand: const index. `-> const`
    LoadConst,
    /// Operand: local slot. `-> value` (UnboundLocalError if unset).
    LoadFast,
    /// Operand: local slot. `value ->`
    StoreFast,
    /// Operand: local slot. Unset it.
    DeleteFast,
    /// Operand: cell/free slot. `-> cell content`
    LoadDeref,
    /// Operand: cell/free slot. `value ->`
    StoreDeref,
    /// Operand: cell/free slot. Empty the cell.
    DeleteDeref,
    /// Operand: cell/free slot. `-> cell` (the cell object itself).
    LoadClosure,
    /// Operand: cell/free slot; name from the slot. Class bodies: look in
    /// the namespace first, then the cell. `-> value`
    LoadClassDeref,
    /// Operand: name index. Namespace, globals, builtins. `-> value`
    LoadName,
    /// Operand: name index. `value ->` into the namespace.
    StoreName,
    /// Operand: name index. Delete from the namespace.
    DeleteName,
    /// Operand: name index. Globals then builtins. `-> value`
    LoadGlobal,
    /// Operand: name index. `value ->`
    StoreGlobal,
    /// Operand: name index.
    DeleteGlobal,
    /// Operand: name index. `obj -> obj.name`
    LoadAttr,
    /// Operand: name index. `value obj ->` (obj.name = value)
    StoreAttr,
    /// Operand: name index. `obj ->`
    DeleteAttr,
    /// Operand: name index. `obj -> method self` or `obj -> attr NULL`.
    LoadMethod,
    /// Operand: argc. `method self_or_null a1..an -> result`
    CallMethod,
    /// Operand: argc. `f a1..an -> result`
    Call,
    /// Operand: argc (positional + keyword). `f a1..an names_tuple -> result`
    CallKw,
    /// Operand: 1 when a kwargs dict is present. `f args_tuple [kwargs] -> result`
    CallEx,
    /// Operand: `BinOp` index. `a b -> a op b`
    BinaryOp,
    /// Operand: `BinOp` index. `a b -> (a op= b)`
    InplaceOp,
    /// Operand: `CmpOp` index. `a b -> result`
    CompareOp,
    /// Operand: 1 for `is not`. `a b -> bool`
    IsOp,
    /// Operand: 1 for `not in`. `a b -> bool`
    ContainsOp,
    /// Operand: `UnaryOp` index. `a -> op a`
    UnaryOp,
    /// `obj key -> obj[key]`
    BinarySubscr,
    /// `value obj key ->` (obj[key] = value)
    StoreSubscr,
    /// `obj key ->`
    DeleteSubscr,
    /// Operand: 2 or 3. `start stop [step] -> slice`
    BuildSlice,
    /// Operand: n. `a1..an -> tuple`
    BuildTuple,
    /// Operand: n. `a1..an -> list`
    BuildList,
    /// Operand: n. `a1..an -> set`
    BuildSet,
    /// Operand: n pairs. `k1 v1 .. kn vn -> dict`
    BuildMap,
    /// Operand: n. `s1..sn -> joined str`
    BuildString,
    /// Operand: depth of the list below the item. `list .. x -> list ..`
    ListAppend,
    /// Operand: depth. `set .. x -> set ..`
    SetAdd,
    /// Operand: depth. `dict .. k v -> dict ..`
    MapAdd,
    /// Operand: depth. `list .. iterable -> list ..`
    ListExtend,
    /// Operand: depth. `set .. iterable -> set ..`
    SetUpdate,
    /// Operand: depth. `dict .. mapping -> dict ..`
    DictUpdate,
    /// Operand: depth. Like `DictUpdate` but rejects duplicate keys (calls).
    DictMerge,
    /// `list -> tuple`
    ListToTuple,
    /// Operand: bits 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), bit 2
    /// has spec. `value [spec] -> str`
    FormatValue,
    /// Operand: n. `seq -> xn .. x1`
    UnpackSequence,
    /// Operand: before | after << 8. `seq -> x_after .. list .. x1`
    UnpackEx,
    /// Operand: target. Unconditional jump (breaker check when backward).
    Jump,
    /// Operand: target. `x ->`, jump when falsy.
    PopJumpIfFalse,
    /// Operand: target. `x ->`, jump when truthy.
    PopJumpIfTrue,
    /// Operand: target. Jump keeping `x` when falsy, else pop it.
    JumpIfFalseOrPop,
    /// Operand: target. Jump keeping `x` when truthy, else pop it.
    JumpIfTrueOrPop,
    /// Operand: target. `x ->`, jump when x is not None.
    PopJumpIfNotNone,
    /// `iterable -> iterator`
    GetIter,
    /// Operand: target. `it -> it next`, or pop `it` and jump when exhausted.
    ForIter,
    /// `value ->` return from the frame.
    ReturnValue,
    /// `value -> sent` (suspends a generator frame).
    YieldValue,
    /// `iterable -> iterator` for `yield from` (generators pass through).
    GetYieldFromIter,
    /// Operand: target. `it v -> it yielded` or `it v -> result` and jump
    /// when the sub-iterator returns.
    Send,
    /// Operand: flags (1 defaults, 2 kwdefaults, 4 annotations, 8 closure).
    /// `[defaults] [kwdefaults] [annotations] [closure] code qualname -> function`
    MakeFunction,
    /// `-> __build_class__`
    LoadBuildClass,
    /// Operand: name index. `level fromlist -> module`
    ImportName,
    /// Operand: name index. `module -> module attr`
    ImportFrom,
    /// `module ->` (binds every public name in the namespace).
    ImportStar,
    /// Operand: 0 (re-raise current), 1 (exc), 2 (exc cause). `... ->`
    RaiseVarargs,
    /// `exc ->` re-raise keeping the traceback.
    Reraise,
    /// Operand: handler target. Push an exception handler block.
    SetupFinally,
    /// Pop the innermost block.
    PopBlock,
    /// Leave an except handler: pop its block, restore the previously handled
    /// exception.
    PopExcept,
    /// `exc type -> exc bool`
    CheckExcMatch,
    /// `-> AssertionError`
    LoadAssertionError,
    /// `ctx -> exit enter_result`
    BeforeWith,
    /// `exit -> ` call exit(None, None, None).
    WithExitNormal,
    /// `exit exc -> exit exc suppress` call exit(type, exc, tb).
    WithExcept,
    /// Set up `__annotations__` in the namespace.
    SetupAnnotations,
    /// `-> locals` : the namespace dict, or a new dict of the fast locals.
    LoadLocals,
    /// `-> globals dict`
    LoadGlobals,
    /// `subject values spec -> captures_tuple_or_None` (structural pattern
    /// matching, see `matching`).
    MatchPattern,
    /// `obj -> iterator` for `await`: a coroutine itself, or the iterator
    /// its `__await__` returns.
    GetAwaitable,
    /// `ctx -> bound_aexit awaitable` (`async with`: calls `__aenter__`).
    BeforeAsyncWith,
    /// Operand 0: `exit -> awaitable` (calls exit(None, None, None));
    /// operand 1: `exit exc -> exit exc awaitable` (calls exit(type, exc, tb)).
    AsyncWithExit,
    /// `obj -> aiter` (`async for`: calls `__aiter__`).
    GetAIter,
    /// `aiter -> aiter iterator` (calls `__anext__`, then as GetAwaitable).
    GetANext,
    /// `aiter exc ->` ends an `async for` on StopAsyncIteration (leaving
    /// the except handler), re-raises anything else.
    EndAsyncFor,
    /// `value -> wrapped` marks a value yielded by an async generator (as
    /// opposed to one passed up from an `await` inside it).
    AsyncGenWrap,
    /// `exc -> state` starts `except*` handling (see `exception_group`).
    ExcStarBegin,
    /// `state type -> match_or_None` splits off what an `except*` clause
    /// matches (the state keeps the rest).
    ExcStarMatch,
    /// `state exc -> state` records an exception an `except*` body raised.
    ExcStarRaised,
    /// `state ->` after the last `except*` clause: raises what is left
    /// (and what the clauses raised), else continues.
    ExcStarEnd,
    /// Operand: local slot of the container. `key -> container[key]`
    /// (`x[key]` for a fast local `x`, emitted after the key: the local is
    /// borrowed, never pushed, so threads subscripting one shared container
    /// write no reference count on it; UnboundLocalError if unset).
    BinarySubscrFast,
    /// Operand: handler. `exit enter_result -> exit enter_result` pushes a
    /// finally block for a `with` body whose unwinding level leaves out the
    /// `__enter__` result on top (popped or stored right after), so the
    /// handler finds `exit` just under the exception.
    SetupWith,
    /// `-> names`: `dir()` with no argument: the sorted keys of the
    /// frame's namespace (its own `keys()` for a non-dict mapping).
    DirLocals,
}

impl Op {
    /// Decode an opcode byte.
    #[inline]
    pub fn from_u8(b: u8) -> Op {
        // A dense match on the discriminants compiles to a range check and
        // no memory access.
        match b {
            0 => Op::ExtendedArg,
            1 => Op::Nop,
            2 => Op::PopTop,
            3 => Op::Copy,
            4 => Op::Swap,
            5 => Op::LoadConst,
            6 => Op::LoadFast,
            7 => Op::StoreFast,
            8 => Op::DeleteFast,
            9 => Op::LoadDeref,
            10 => Op::StoreDeref,
            11 => Op::DeleteDeref,
            12 => Op::LoadClosure,
            13 => Op::LoadClassDeref,
            14 => Op::LoadName,
            15 => Op::StoreName,
            16 => Op::DeleteName,
            17 => Op::LoadGlobal,
            18 => Op::StoreGlobal,
            19 => Op::DeleteGlobal,
            20 => Op::LoadAttr,
            21 => Op::StoreAttr,
            22 => Op::DeleteAttr,
            23 => Op::LoadMethod,
            24 => Op::CallMethod,
            25 => Op::Call,
            26 => Op::CallKw,
            27 => Op::CallEx,
            28 => Op::BinaryOp,
            29 => Op::InplaceOp,
            30 => Op::CompareOp,
            31 => Op::IsOp,
            32 => Op::ContainsOp,
            33 => Op::UnaryOp,
            34 => Op::BinarySubscr,
            35 => Op::StoreSubscr,
            36 => Op::DeleteSubscr,
            37 => Op::BuildSlice,
            38 => Op::BuildTuple,
            39 => Op::BuildList,
            40 => Op::BuildSet,
            41 => Op::BuildMap,
            42 => Op::BuildString,
            43 => Op::ListAppend,
            44 => Op::SetAdd,
            45 => Op::MapAdd,
            46 => Op::ListExtend,
            47 => Op::SetUpdate,
            48 => Op::DictUpdate,
            49 => Op::DictMerge,
            50 => Op::ListToTuple,
            51 => Op::FormatValue,
            52 => Op::UnpackSequence,
            53 => Op::UnpackEx,
            54 => Op::Jump,
            55 => Op::PopJumpIfFalse,
            56 => Op::PopJumpIfTrue,
            57 => Op::JumpIfFalseOrPop,
            58 => Op::JumpIfTrueOrPop,
            59 => Op::PopJumpIfNotNone,
            60 => Op::GetIter,
            61 => Op::ForIter,
            62 => Op::ReturnValue,
            63 => Op::YieldValue,
            64 => Op::GetYieldFromIter,
            65 => Op::Send,
            66 => Op::MakeFunction,
            67 => Op::LoadBuildClass,
            68 => Op::ImportName,
            69 => Op::ImportFrom,
            70 => Op::ImportStar,
            71 => Op::RaiseVarargs,
            72 => Op::Reraise,
            73 => Op::SetupFinally,
            74 => Op::PopBlock,
            75 => Op::PopExcept,
            76 => Op::CheckExcMatch,
            77 => Op::LoadAssertionError,
            78 => Op::BeforeWith,
            79 => Op::WithExitNormal,
            80 => Op::WithExcept,
            81 => Op::SetupAnnotations,
            82 => Op::LoadLocals,
            83 => Op::LoadGlobals,
            84 => Op::MatchPattern,
            85 => Op::GetAwaitable,
            86 => Op::BeforeAsyncWith,
            87 => Op::AsyncWithExit,
            88 => Op::GetAIter,
            89 => Op::GetANext,
            90 => Op::EndAsyncFor,
            91 => Op::AsyncGenWrap,
            92 => Op::ExcStarBegin,
            93 => Op::ExcStarMatch,
            94 => Op::ExcStarRaised,
            95 => Op::ExcStarEnd,
            96 => Op::BinarySubscrFast,
            97 => Op::SetupWith,
            98 => Op::DirLocals,
            _ => Op::Nop,
        }
    }

    /// Whether the argument is a jump target.
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Op::Jump
                | Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::PopJumpIfNotNone
                | Op::ForIter
                | Op::Send
                | Op::SetupFinally
                | Op::SetupWith
        )
    }
}

const _: () = assert!(std::mem::size_of::<Op>() == 1);
