package org.fundingrules.architecture.planted.b;

/** The other half of a planted package cycle (see ArchitectureTest). */
public class B {
    public org.fundingrules.architecture.planted.a.A a() {
        return new org.fundingrules.architecture.planted.a.A();
    }
}
