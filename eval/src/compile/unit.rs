//! The per-scope code unit: emitting instructions, labels, constants,
//! names, and how a name is loaded, stored or deleted for its binding.

#[allow(unused_imports)]
use super::*;

impl<'a> Compiler<'a> {
    pub(super) fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    pub(super) fn line_of(&self, r: TextRange) -> u32 {
        self.index.line_index(r.start()).get() as u32
    }

    pub(super) fn set_line(&mut self, r: TextRange) {
        let l = self.line_of(r);
        self.u().line = l;
        self.u().span = (r.start().to_u32(), r.end().to_u32());
    }

    pub(super) fn fail(&mut self, msg: impl Into<String>, r: TextRange) {
        if self.error.is_none() {
            let lc = self.index.line_column(r.start(), self.source);
            let l = lc.line.get();
            self.error = Some(CompileError {
                msg: msg.into(),
                line: l,
                col: lc.column.get(),
                end_col: lc.column.get() + 1,
                text: self.source.lines().nth(l - 1).unwrap_or("").to_string(),
                indentation: false,
            });
        }
    }

    pub(super) fn enter(&mut self, scope: usize, name: String, qualname: String, firstlineno: u32) {
        let sc = &self.table.scopes[scope];
        let kind = sc.kind;
        let varnames = if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) { sc.varnames() } else { vec![] };
        let mut flags = 0;
        if matches!(kind, ScopeKind::Module | ScopeKind::Class) {
            flags |= CO_NAMESPACE;
        }
        if sc.is_generator {
            flags |= CO_GENERATOR;
        }
        if sc.is_coroutine {
            flags |= CO_COROUTINE;
        }
        let private = if kind == ScopeKind::Class { Some(name.clone()) } else { self.units.last().and_then(|u| u.private.clone()) };
        self.units.push(Unit {
            private,
            scope,
            kind,
            name,
            qualname,
            instrs: vec![],
            labels: vec![],
            consts: vec![],
            names: vec![],
            name_ix: HashMap::new(),
            varnames,
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            flags,
            fblocks: vec![],
            firstlineno,
            line: firstlineno,
            span: (0, 0),
            static_attributes: Default::default(),
        });
    }

    /// Record `self.X = ...` in the nearest enclosing class body (not the
    /// current unit), as CPython 3.13 does for `__static_attributes__`.
    pub(super) fn note_static_attribute(&mut self, value: &Expr, attr: &str) {
        if !matches!(value, Expr::Name(n) if n.id.as_str() == "self") {
            return;
        }
        let n = self.units.len();
        if let Some(u) = self.units[..n.saturating_sub(1)].iter_mut().rev().find(|u| u.kind == ScopeKind::Class) {
            u.static_attributes.insert(attr.to_string());
        }
    }

    pub(super) fn emit(&mut self, op: Op, arg: u32) {
        let (line, span) = (self.u().line, self.u().span);
        self.u().instrs.push(Instr { op, arg, line, span });
    }

    /// Emit one instruction located at `r` (a store's target, say) instead
    /// of the enclosing statement or expression.
    pub(super) fn emit_at(&mut self, r: TextRange, op: Op, arg: u32) {
        let line = self.line_of(r);
        self.u().instrs.push(Instr { op, arg, line, span: (r.start().to_u32(), r.end().to_u32()) });
    }

    pub(super) fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(None);
        Label(u.labels.len() - 1)
    }

    pub(super) fn bind(&mut self, l: Label) {
        let u = self.u();
        u.labels[l.0] = Some(u.instrs.len());
    }

    pub(super) fn jump(&mut self, op: Op, l: Label) {
        self.emit(op, l.0 as u32);
    }

    pub(super) fn const_ix(&mut self, v: PyRef) -> u32 {
        let u = self.u();
        for (i, c) in u.consts.iter().enumerate() {
            if c.is(&v) {
                return i as u32;
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    pub(super) fn load_const(&mut self, v: PyRef) {
        let i = self.const_ix(v);
        self.emit(Op::LoadConst, i);
    }

    pub(super) fn name_ix(&mut self, n: &str) -> u32 {
        let u = self.u();
        if let Some(i) = u.name_ix.get(n) {
            return *i;
        }
        u.names.push(n.to_string());
        let i = (u.names.len() - 1) as u32;
        u.name_ix.insert(n.to_string(), i);
        i
    }

    /// `n` mangled for the current class (`__x` -> `_C__x`).
    pub(super) fn mangle<'n>(&self, n: &'n str) -> std::borrow::Cow<'n, str> {
        crate::symtable::mangle(self.units.last().and_then(|u| u.private.as_deref()), n)
    }

    /// The names-table index of attribute `attr`, mangled.
    pub(super) fn attr_ix(&mut self, attr: &str) -> u32 {
        let m = self.mangle(attr).into_owned();
        self.name_ix(&m)
    }

    pub(super) fn slot(&self, n: &str) -> Option<u32> {
        let n = &*self.mangle(n);
        let u = self.units.last().unwrap();
        u.varnames.iter().position(|v| v == n).map(|i| i as u32)
    }

    pub(super) fn deref_slot(&self, n: &str) -> u32 {
        let n = &*self.mangle(n);
        let u = self.units.last().unwrap();
        let base = u.varnames.len();
        if let Some(i) = u.cellvars.iter().position(|v| v == n) {
            return (base + i) as u32;
        }
        let i = u.freevars.iter().position(|v| v == n).unwrap_or_else(|| panic!("no cell or free var {n}"));
        (base + u.cellvars.len() + i) as u32
    }

    pub(super) fn binding(&self, n: &str) -> Binding {
        let n = &*self.mangle(n);
        let u = self.units.last().unwrap();
        let b = self.table.scopes[u.scope].binding(n);
        if u.kind == ScopeKind::Class && n == "__class__" && self.table.scopes[u.scope].needs_class_cell {
            return Binding::Cell;
        }
        b
    }

    pub(super) fn load_name(&mut self, n: &str) {
        let n = &*self.mangle(n).into_owned();
        match self.binding(n) {
            Binding::Local => {
                let s = self.slot(n).unwrap();
                self.emit(Op::LoadFast, s);
            }
            Binding::Cell | Binding::Free => {
                let s = self.deref_slot(n);
                self.emit(Op::LoadDeref, s);
            }
            Binding::ClassFree => {
                let s = self.deref_slot(n);
                self.emit(Op::LoadClassDeref, s);
            }
            Binding::GlobalExplicit | Binding::GlobalImplicit => {
                let i = self.name_ix(n);
                self.emit(Op::LoadGlobal, i);
            }
            Binding::Name => {
                let i = self.name_ix(n);
                self.emit(Op::LoadName, i);
            }
        }
    }

    pub(super) fn store_name(&mut self, n: &str) {
        let n = &*self.mangle(n).into_owned();
        match self.binding(n) {
            Binding::Local => {
                let s = self.slot(n).unwrap();
                self.emit(Op::StoreFast, s);
            }
            Binding::Cell | Binding::Free => {
                let s = self.deref_slot(n);
                self.emit(Op::StoreDeref, s);
            }
            Binding::GlobalExplicit => {
                let i = self.name_ix(n);
                self.emit(Op::StoreGlobal, i);
            }
            Binding::GlobalImplicit if self.u().kind != ScopeKind::Module && self.u().kind != ScopeKind::Class => {
                let i = self.name_ix(n);
                self.emit(Op::StoreGlobal, i);
            }
            _ => {
                let i = self.name_ix(n);
                self.emit(Op::StoreName, i);
            }
        }
    }

    pub(super) fn delete_name(&mut self, n: &str) {
        let n = &*self.mangle(n).into_owned();
        match self.binding(n) {
            Binding::Local => {
                let s = self.slot(n).unwrap();
                self.emit(Op::DeleteFast, s);
            }
            Binding::Cell | Binding::Free => {
                let s = self.deref_slot(n);
                self.emit(Op::DeleteDeref, s);
            }
            Binding::GlobalExplicit => {
                let i = self.name_ix(n);
                self.emit(Op::DeleteGlobal, i);
            }
            _ => {
                let i = self.name_ix(n);
                self.emit(Op::DeleteName, i);
            }
        }
    }

    // ------------------------------------------------------------ assembly

    pub(super) fn leave(&mut self) -> Arc<CodeObject> {
        let mut u = self.units.pop().unwrap();
        // Implicit `return None`.
        let needs_ret = !matches!(u.instrs.last(), Some(Instr { op: Op::ReturnValue, .. }));
        if needs_ret || u.labels.iter().any(|l| *l == Some(u.instrs.len())) {
            let none_ix = match u.consts.iter().position(|c| weft_objects::vm::is_none(c)) {
                Some(i) => i as u32,
                None => {
                    u.consts.push(weft_objects::vm::none());
                    (u.consts.len() - 1) as u32
                }
            };
            let (line, span) = (u.line, u.span);
            u.instrs.push(Instr { op: Op::LoadConst, arg: none_ix, line, span });
            u.instrs.push(Instr { op: Op::ReturnValue, arg: 0, line, span });
        }
        let (code, lines, spans) = assemble(&u);
        let s = |v: &Vec<String>| v.iter().map(|n| pystr::intern(n)).collect::<Vec<_>>();
        let names: Vec<PyRef> = u.names.iter().map(|n| pystr::intern(n)).collect();
        let cell2arg = u.cellvars.iter().map(|c| u.varnames.iter().position(|v| v == c).filter(|&p| p < (u.argcount + u.kwonly) as usize + usize::from(u.flags & CO_VARARGS != 0) + usize::from(u.flags & CO_VARKEYWORDS != 0)).map(|p| p as u32)).collect();
        Arc::new(CodeObject {
            name: pystr::new_str(&u.name),
            qualname: pystr::new_str(&u.qualname),
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            flags: u.flags,
            varnames: s(&u.varnames),
            cellvars: s(&u.cellvars),
            freevars: s(&u.freevars),
            cell2arg,
            names,
            consts: u.consts,
            code,
            lines,
            spans,
            handlers: vec![],
            stacksize: 16,
        })
    }
}
