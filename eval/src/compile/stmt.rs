//! Compiling statements: control flow, exception handling, `with`,
//! assignments, imports, and the block unwinding of `return`/`break`.

#[allow(unused_imports)]
use super::*;

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------ statements

    pub(super) fn docstring(body: &[Stmt]) -> Option<String> {
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(s) = &*e.value {
                return Some(clean_doc(s.value.to_str()));
            }
        }
        None
    }

    pub(super) fn has_annotations(body: &[Stmt]) -> bool {
        body.iter().any(|s| match s {
            Stmt::AnnAssign(_) => true,
            Stmt::If(i) => Self::has_annotations(&i.body) || i.elif_else_clauses.iter().any(|c| Self::has_annotations(&c.body)),
            Stmt::For(f) => Self::has_annotations(&f.body),
            Stmt::While(w) => Self::has_annotations(&w.body),
            Stmt::With(w) => Self::has_annotations(&w.body),
            Stmt::Try(t) => Self::has_annotations(&t.body),
            _ => false,
        })
    }

    /// The body of a module or a class: `__annotations__` set up when the
    /// body annotates names, the docstring stored as `__doc__`, then the
    /// statements.
    pub(super) fn namespace_body(&mut self, body: &'a [Stmt]) {
        if Self::has_annotations(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        if let Some(d) = Self::docstring(body).filter(|_| !(self.single_mode && self.units.len() == 1)) {
            self.load_const(pystr::new_string(d));
            let i = self.name_ix("__doc__");
            self.emit(Op::StoreName, i);
            self.stmts(&body[1..]);
        } else {
            self.stmts(body);
        }
    }

    pub(super) fn stmts(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
            if self.error.is_some() {
                return;
            }
        }
    }

    pub(super) fn not_supported(&mut self, what: &str, r: TextRange) {
        self.set_line(r);
        let i = self.name_ix("NotImplementedError");
        self.emit(Op::LoadGlobal, i);
        self.load_const(pystr::new_string(format!("{what} is not supported yet")));
        self.emit(Op::Call, 1);
        self.emit(Op::RaiseVarargs, 1);
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) {
        self.set_line(s.range());
        match s {
            Stmt::Expr(e) if self.single_mode && self.units.len() == 1 => {
                // __import__('sys').displayhook(value)
                self.load_name("__import__");
                self.load_const(pystr::new_str("sys"));
                self.emit(Op::Call, 1);
                let i = self.name_ix("displayhook");
                self.emit(Op::LoadAttr, i);
                self.expr(&e.value);
                self.emit(Op::Call, 1);
                self.emit(Op::PopTop, 0);
            }
            Stmt::Expr(e) => {
                self.expr(&e.value);
                self.emit(Op::PopTop, 0);
            }
            Stmt::Assign(a) => {
                self.expr(&a.value);
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Copy, 1);
                    }
                    self.assign(t);
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => self.ann_assign(a),
            Stmt::Return(r) => {
                if matches!(self.u().kind, ScopeKind::Module | ScopeKind::Class) && !self.eval_mode {
                    self.fail("'return' outside function", r.range);
                    return;
                }
                if self.in_star_handler(false) {
                    self.fail("'break', 'continue' and 'return' cannot appear in an except* block", r.range);
                    return;
                }
                match &r.value {
                    Some(v) => self.expr(v),
                    None => self.load_const(weft_objects::vm::none()),
                }
                self.unwind_fblocks(true, None);
                self.emit(Op::ReturnValue, 0);
            }
            Stmt::If(i) => {
                let end = self.new_label();
                let mut next = self.new_label();
                self.jump_if(&i.test, false, next);
                self.stmts(&i.body);
                self.jump(Op::Jump, end);
                for c in &i.elif_else_clauses {
                    self.bind(next);
                    next = self.new_label();
                    if let Some(t) = &c.test {
                        self.set_line(c.range());
                        self.jump_if(t, false, next);
                    }
                    self.stmts(&c.body);
                    self.jump(Op::Jump, end);
                }
                self.bind(next);
                self.bind(end);
            }
            Stmt::While(w) => {
                let top = self.new_label();
                let orelse = self.new_label();
                let end = self.new_label();
                self.bind(top);
                self.jump_if(&w.test, false, orelse);
                self.u().fblocks.push(FBlock::Loop { cont: top, brk: end, is_for: false });
                self.stmts(&w.body);
                self.u().fblocks.pop();
                self.set_line(w.range);
                self.jump(Op::Jump, top);
                self.bind(orelse);
                self.stmts(&w.orelse);
                self.bind(end);
            }
            Stmt::For(f) => {
                if f.is_async {
                    return self.async_for(f);
                }
                self.expr(&f.iter);
                self.emit(Op::GetIter, 0);
                let top = self.new_label();
                let exit = self.new_label();
                let end = self.new_label();
                self.bind(top);
                self.set_line(f.range);
                self.jump(Op::ForIter, exit);
                self.assign(&f.target);
                self.u().fblocks.push(FBlock::Loop { cont: top, brk: end, is_for: true });
                self.stmts(&f.body);
                self.u().fblocks.pop();
                self.set_line(f.range);
                self.jump(Op::Jump, top);
                self.bind(exit);
                self.stmts(&f.orelse);
                self.bind(end);
            }
            Stmt::Break(b) => {
                if self.in_star_handler(true) {
                    self.fail("'break', 'continue' and 'return' cannot appear in an except* block", b.range);
                    return;
                }
                let Some(brk) = self.unwind_fblocks(false, Some(false)) else {
                    self.fail("'break' outside loop", b.range);
                    return;
                };
                self.jump(Op::Jump, brk);
            }
            Stmt::Continue(c) => {
                if self.in_star_handler(true) {
                    self.fail("'break', 'continue' and 'return' cannot appear in an except* block", c.range);
                    return;
                }
                let Some(cont) = self.unwind_fblocks(false, Some(true)) else {
                    self.fail("'continue' not properly in loop", c.range);
                    return;
                };
                self.jump(Op::Jump, cont);
            }
            Stmt::Pass(_) => {}
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t);
                }
            }
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e);
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c);
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs, n);
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t);
                } else {
                    self.try_finally(t);
                }
            }
            Stmt::Assert(a) => {
                let ok = self.new_label();
                self.jump_if(&a.test, true, ok);
                self.emit(Op::LoadAssertionError, 0);
                if let Some(m) = &a.msg {
                    self.expr(m);
                    self.emit(Op::Call, 1);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.bind(ok);
            }
            Stmt::With(w) => {
                if w.is_async {
                    return self.async_with(&w.items, &w.body, w.range);
                }
                self.with(&w.items, &w.body, w.range);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const(int::new_int(0));
                    self.load_const(weft_objects::vm::none());
                    let ix = self.name_ix(&a.name.id);
                    self.emit(Op::ImportName, ix);
                    match &a.asname {
                        Some(asn) => {
                            let parts: Vec<&str> = a.name.id.split('.').collect();
                            for p in &parts[1..] {
                                let ix = self.name_ix(p);
                                self.emit(Op::ImportFrom, ix);
                                self.emit(Op::Swap, 2);
                                self.emit(Op::PopTop, 0);
                            }
                            self.store_name(&asn.id);
                        }
                        None => {
                            let top = a.name.id.split('.').next().unwrap().to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                self.load_const(int::new_int(i.level as i64));
                let names: Vec<PyRef> = i.names.iter().map(|a| pystr::new_str(&a.name.id)).collect();
                self.load_const(tuple::new_tuple(names));
                let m = i.module.as_ref().map(|m| m.id.to_string()).unwrap_or_default();
                let ix = self.name_ix(&m);
                self.emit(Op::ImportName, ix);
                if i.names.len() == 1 && &*i.names[0].name.id == "*" {
                    if self.u().kind != ScopeKind::Module {
                        self.fail("import * only allowed at module level", i.range);
                        return;
                    }
                    self.emit(Op::ImportStar, 0);
                } else {
                    for a in &i.names {
                        let ix = self.name_ix(&a.name.id);
                        self.emit(Op::ImportFrom, ix);
                        let n = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                        self.store_name(&n);
                    }
                    self.emit(Op::PopTop, 0);
                }
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::TypeAlias(t) => {
                let Expr::Name(n) = &*t.name else {
                    self.fail("invalid syntax", t.range);
                    return;
                };
                let type_params = self.bind_type_params(t.type_params.as_deref());
                self.load_typing("TypeAliasType");
                self.load_const(pystr::new_str(&n.id));
                self.annotation_value(&t.value);
                for p in &type_params {
                    self.load_name(p);
                }
                self.emit(Op::BuildTuple, type_params.len() as u32);
                self.load_const(tuple::new_tuple(vec![pystr::new_str("type_params")]));
                self.emit(Op::CallKw, 3);
                self.store_name(&n.id);
            }
            Stmt::IpyEscapeCommand(c) => self.fail("invalid syntax", c.range),
        }
    }

    /// Emit the exits of enclosing blocks for `return` (all) or for
    /// `break`/`continue` (up to the innermost loop). Returns the loop's
    /// target label for break/continue.
    pub(super) fn unwind_fblocks(&mut self, is_return: bool, is_continue: Option<bool>) -> Option<Label> {
        for i in (0..self.u().fblocks.len()).rev() {
            // A copy: compiling a finally body below needs `self` mutably.
            let fb = self.u().fblocks[i].clone();
            match fb {
                FBlock::Loop { cont, brk, is_for } => {
                    if let Some(c) = is_continue {
                        if c {
                            return Some(cont);
                        }
                        if is_for {
                            self.emit(Op::PopTop, 0);
                        }
                        return Some(brk);
                    }
                    if is_for && is_return {
                        self.emit(Op::Swap, 2);
                        self.emit(Op::PopTop, 0);
                    }
                }
                FBlock::TryExcept => self.emit(Op::PopBlock, 0),
                FBlock::FinallyTry(body) => {
                    self.emit(Op::PopBlock, 0);
                    // Compile the finally body with this block removed.
                    let removed: Vec<FBlock<'a>> = self.u().fblocks.drain(i..).collect();
                    let keep_line = self.u().line;
                    self.stmts(body);
                    self.u().line = keep_line;
                    self.u().fblocks.extend(removed);
                }
                FBlock::FinallyEnd => {
                    // Stack: exc [value]; drop exc, leave the handler.
                    if is_return {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::PopTop, 0);
                    self.emit(Op::PopExcept, 0);
                }
                FBlock::With => {
                    self.emit(Op::PopBlock, 0);
                    if is_return {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::WithExitNormal, 0);
                }
                FBlock::AsyncWith => {
                    self.emit(Op::PopBlock, 0);
                    if is_return {
                        self.emit(Op::Swap, 2);
                    }
                    self.emit(Op::AsyncWithExit, 0);
                    self.emit_await();
                    self.emit(Op::PopTop, 0);
                }
                FBlock::ExceptHandler => {
                    self.emit(Op::PopExcept, 0);
                }
                FBlock::StarHandler => {}
                FBlock::HandlerCleanup(name) => {
                    self.emit(Op::PopBlock, 0);
                    self.load_const(weft_objects::vm::none());
                    self.store_name(&name);
                    self.delete_name(&name);
                }
            }
        }
        None
    }

    /// Whether a `break`/`continue` (`loop_stmt`) or `return` would leave an
    /// `except*` clause body.
    pub(super) fn in_star_handler(&mut self, loop_stmt: bool) -> bool {
        for fb in self.u().fblocks.iter().rev() {
            match fb {
                FBlock::StarHandler => return true,
                FBlock::Loop { .. } if loop_stmt => return false,
                _ => {}
            }
        }
        false
    }

    /// `try: ... except* T as e: ...` (PEP 654).
    pub(super) fn try_star(&mut self, t: &'a ast::StmtTry) {
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupFinally, handler);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body);
        self.u().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(&t.orelse);
        self.jump(Op::Jump, end);
        self.bind(handler);
        // Stack: exc (except handler active).
        self.emit(Op::ExcStarBegin, 0);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let Some(ty) = &h.type_ else {
                self.fail("expected 'except' or 'finally' block", h.range);
                return;
            };
            let next = self.new_label();
            let body = self.new_label();
            let raised = self.new_label();
            self.emit(Op::Copy, 1);
            self.expr(ty);
            self.emit(Op::ExcStarMatch, 0);
            self.emit(Op::Copy, 1);
            self.jump(Op::PopJumpIfNotNone, body);
            self.emit(Op::PopTop, 0);
            self.jump(Op::Jump, next);
            self.bind(body);
            // Stack: state match.
            match &h.name {
                Some(n) => self.store_name(&n.id),
                None => self.emit(Op::PopTop, 0),
            }
            self.jump(Op::SetupFinally, raised);
            self.u().fblocks.push(FBlock::StarHandler);
            self.stmts(&h.body);
            self.u().fblocks.pop();
            self.emit(Op::PopBlock, 0);
            if let Some(n) = &h.name {
                self.load_const(weft_objects::vm::none());
                self.store_name(&n.id);
                self.delete_name(&n.id);
            }
            self.jump(Op::Jump, next);
            self.bind(raised);
            // Stack: state exc (inner handler active).
            if let Some(n) = &h.name {
                self.load_const(weft_objects::vm::none());
                self.store_name(&n.id);
                self.delete_name(&n.id);
            }
            self.emit(Op::ExcStarRaised, 0);
            self.emit(Op::PopExcept, 0);
            self.bind(next);
        }
        self.emit(Op::ExcStarEnd, 0);
        self.emit(Op::PopExcept, 0);
        self.bind(end);
    }

    pub(super) fn try_except(&mut self, t: &'a ast::StmtTry) {
        if t.is_star {
            return self.try_star(t);
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupFinally, handler);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body);
        self.u().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(&t.orelse);
        self.jump(Op::Jump, end);
        self.bind(handler);
        for (k, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h.range);
            let next = self.new_label();
            match &h.type_ {
                Some(ty) => {
                    self.expr(ty);
                    self.emit(Op::CheckExcMatch, 0);
                    self.jump(Op::PopJumpIfFalse, next);
                }
                None => {
                    if k + 1 != t.handlers.len() {
                        self.fail("default 'except:' must be last", h.range);
                        return;
                    }
                }
            }
            match &h.name {
                Some(n) => {
                    let name = n.id.to_string();
                    self.store_name(&name);
                    let cleanup = self.new_label();
                    self.jump(Op::SetupFinally, cleanup);
                    self.u().fblocks.push(FBlock::ExceptHandler);
                    self.u().fblocks.push(FBlock::HandlerCleanup(name.clone()));
                    self.stmts(&h.body);
                    self.u().fblocks.pop();
                    self.u().fblocks.pop();
                    self.emit(Op::PopBlock, 0);
                    self.emit(Op::PopExcept, 0);
                    self.load_const(weft_objects::vm::none());
                    self.store_name(&name);
                    self.delete_name(&name);
                    self.jump(Op::Jump, end);
                    self.bind(cleanup);
                    self.load_const(weft_objects::vm::none());
                    self.store_name(&name);
                    self.delete_name(&name);
                    self.emit(Op::Reraise, 0);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.u().fblocks.push(FBlock::ExceptHandler);
                    self.stmts(&h.body);
                    self.u().fblocks.pop();
                    self.emit(Op::PopExcept, 0);
                    self.jump(Op::Jump, end);
                }
            }
            self.bind(next);
        }
        self.emit(Op::Reraise, 0);
        self.bind(end);
    }

    pub(super) fn try_finally(&mut self, t: &'a ast::StmtTry) {
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupFinally, handler);
        self.u().fblocks.push(FBlock::FinallyTry(&t.finalbody));
        if t.handlers.is_empty() {
            self.stmts(&t.body);
            self.stmts(&t.orelse);
        } else {
            self.try_except(t);
        }
        self.u().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.stmts(&t.finalbody);
        self.jump(Op::Jump, end);
        self.bind(handler);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody);
        self.u().fblocks.pop();
        self.emit(Op::Reraise, 0);
        self.bind(end);
    }

    pub(super) fn with(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], r: TextRange) {
        let Some((first, rest)) = items.split_first() else {
            self.stmts(body);
            return;
        };
        self.expr(&first.context_expr);
        self.emit(Op::BeforeWith, 0);
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupWith, handler);
        match &first.optional_vars {
            Some(v) => self.assign(v),
            None => self.emit(Op::PopTop, 0),
        }
        self.u().fblocks.push(FBlock::With);
        self.with(rest, body, r);
        self.u().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.set_line(r);
        self.emit(Op::WithExitNormal, 0);
        self.jump(Op::Jump, end);
        self.bind(handler);
        // Stack: exit exc (except handler active).
        self.emit(Op::WithExcept, 0);
        let reraise = self.new_label();
        self.jump(Op::PopJumpIfFalse, reraise);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.jump(Op::Jump, end);
        self.bind(reraise);
        self.emit(Op::Reraise, 0);
        self.bind(end);
    }

    /// `async for target in iter: body else: orelse`.
    pub(super) fn async_for(&mut self, f: &'a ast::StmtFor) {
        if self.u().flags & CO_COROUTINE == 0 {
            self.fail("'async for' outside async function", f.range);
            return;
        }
        self.expr(&f.iter);
        self.emit(Op::GetAIter, 0);
        let top = self.new_label();
        let handler = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.set_line(f.range);
        self.jump(Op::SetupFinally, handler);
        self.emit(Op::GetANext, 0);
        self.emit_await();
        self.emit(Op::PopBlock, 0);
        self.assign(&f.target);
        self.u().fblocks.push(FBlock::Loop { cont: top, brk: end, is_for: true });
        self.stmts(&f.body);
        self.u().fblocks.pop();
        self.set_line(f.range);
        self.jump(Op::Jump, top);
        self.bind(handler);
        // Stack: aiter exc (except handler active).
        self.emit(Op::EndAsyncFor, 0);
        self.stmts(&f.orelse);
        self.bind(end);
    }

    /// `async with a as x, b as y: body`.
    pub(super) fn async_with(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt], r: TextRange) {
        if self.u().flags & CO_COROUTINE == 0 {
            self.fail("'async with' outside async function", r);
            return;
        }
        let Some((first, rest)) = items.split_first() else {
            self.stmts(body);
            return;
        };
        self.expr(&first.context_expr);
        self.emit(Op::BeforeAsyncWith, 0);
        self.emit_await();
        let handler = self.new_label();
        let end = self.new_label();
        self.jump(Op::SetupWith, handler);
        match &first.optional_vars {
            Some(v) => self.assign(v),
            None => self.emit(Op::PopTop, 0),
        }
        self.u().fblocks.push(FBlock::AsyncWith);
        if rest.is_empty() {
            self.stmts(body);
        } else {
            self.async_with(rest, body, r);
        }
        self.u().fblocks.pop();
        self.emit(Op::PopBlock, 0);
        self.set_line(r);
        self.emit(Op::AsyncWithExit, 0);
        self.emit_await();
        self.emit(Op::PopTop, 0);
        self.jump(Op::Jump, end);
        self.bind(handler);
        // Stack: exit exc (except handler active).
        self.emit(Op::AsyncWithExit, 1);
        self.emit_await();
        let reraise = self.new_label();
        self.jump(Op::PopJumpIfFalse, reraise);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.jump(Op::Jump, end);
        self.bind(reraise);
        self.emit(Op::Reraise, 0);
        self.bind(end);
    }

    pub(super) fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) {
        let op = binop_of(a.op) as u32;
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(&n.id);
                self.expr(&a.value);
                self.emit(Op::InplaceOp, op);
                self.store_name(&n.id);
            }
            Expr::Attribute(at) => {
                self.expr(&at.value);
                self.emit(Op::Copy, 1);
                let i = self.attr_ix(&at.attr.id);
                self.emit_at(a.target.range(), Op::LoadAttr, i);
                self.expr(&a.value);
                self.emit(Op::InplaceOp, op);
                self.emit(Op::Swap, 2);
                self.emit_at(a.target.range(), Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.emit_at(a.target.range(), Op::BinarySubscr, 0);
                self.expr(&a.value);
                self.emit(Op::InplaceOp, op);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.emit_at(a.target.range(), Op::StoreSubscr, 0);
            }
            _ => self.fail("'expression' is an illegal expression for augmented assignment", a.range),
        }
    }

    pub(super) fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign) {
        if let Some(v) = &a.value {
            self.expr(v);
            self.assign(&a.target);
        }
        let kind = self.u().kind;
        if let (Expr::Name(n), true) = (&*a.target, a.simple && matches!(kind, ScopeKind::Module | ScopeKind::Class)) {
            // __annotations__[name] = annotation, or its source text when it
            // cannot be evaluated yet (a forward reference).
            self.annotation_value(&a.annotation);
            let i = self.name_ix("__annotations__");
            self.emit(Op::LoadName, i);
            let key = self.mangle(&n.id).into_owned();
            self.load_const(pystr::new_string(key));
            self.emit(Op::StoreSubscr, 0);
        }
    }

    pub(super) fn assign(&mut self, t: &'a Expr) {
        match t {
            Expr::Name(n) => self.store_name(&n.id),
            Expr::Attribute(a) => {
                self.note_static_attribute(&a.value, &a.attr.id);
                self.expr(&a.value);
                let i = self.attr_ix(&a.attr.id);
                self.emit_at(t.range(), Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
                self.emit_at(t.range(), Op::StoreSubscr, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => self.emit(Op::UnpackSequence, elts.len() as u32),
                    Some(p) => {
                        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
                            self.fail("multiple starred expressions in assignment", t.range());
                            return;
                        }
                        let after = elts.len() - p - 1;
                        self.emit(Op::UnpackEx, (p as u32) | ((after as u32) << 8));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.assign(&s.value),
                        _ => self.assign(e),
                    }
                }
            }
            Expr::Starred(s) => self.fail("starred assignment target must be in a list or tuple", s.range),
            _ => {
                let what = expr_kind_name(t);
                self.fail(format!("cannot assign to {what}"), t.range());
            }
        }
    }

    pub(super) fn delete(&mut self, t: &'a Expr) {
        match t {
            Expr::Name(n) => self.delete_name(&n.id),
            Expr::Attribute(a) => {
                self.expr(&a.value);
                let i = self.attr_ix(&a.attr.id);
                self.emit_at(t.range(), Op::DeleteAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value);
                self.expr(&s.slice);
                self.emit_at(t.range(), Op::DeleteSubscr, 0);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e);
                }
            }
            _ => self.fail(format!("cannot delete {}", expr_kind_name(t)), t.range()),
        }
    }
}

/// A docstring as CPython 3.13+ stores it: tabs expanded, leading spaces
/// of the first line removed, and the common indentation of the other
/// lines (those with something besides spaces) removed from each of them.
pub(super) fn clean_doc(doc: &str) -> String {
    let mut expanded = String::with_capacity(doc.len());
    let mut col = 0;
    for c in doc.chars() {
        match c {
            '\t' => {
                let n = 8 - col % 8;
                expanded.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' | '\r' => {
                expanded.push(c);
                col = 0;
            }
            _ => {
                expanded.push(c);
                col += 1;
            }
        }
    }
    let mut lines = expanded.split('\n');
    let first = lines.next().unwrap_or("");
    let rest: Vec<&str> = lines.collect();
    let margin = rest.iter().filter_map(|l| {
        let n = l.len() - l.trim_start_matches(' ').len();
        (n < l.len()).then_some(n)
    }).min().unwrap_or(0);
    let mut out = String::with_capacity(expanded.len());
    out.push_str(first.trim_start_matches(' '));
    for l in rest {
        out.push('\n');
        let n = (l.len() - l.trim_start_matches(' ').len()).min(margin);
        out.push_str(&l[n..]);
    }
    out
}
